# bounce : la documentation des codes de résultat (`zdiag explain CODE`) : le titre, puis
# ce qu’il signifie et pourquoi c’est important, puis le correctif (vide pour un bon état).

bounce-user-unknown = L’adresse du destinataire n’existe pas
    .meaning = Le serveur destinataire indique que la boîte aux lettres n’existe pas (motifs Sisimai userunknown, hasmoved : 5.1.1, 5.1.6, « user unknown »). C’est un rejet permanent : Zendesk marque aussitôt l’adresse comme impossible à joindre. Les preuves donnent le destinataire, les codes de statut et de réponse, le serveur distant et son propre message.
    .fix = Supprimez ou corrigez l’adresse ; demandez-en une nouvelle au client.

bounce-domain-not-found = Le domaine du destinataire n’existe pas ou n’accepte aucun e-mail
    .meaning = La partie domaine de l’adresse n’existe pas, ne peut pas être routée, ou publie un MX nul (motifs hostunknown, notaccept avec un code 5xx). C’est un rejet permanent.
    .fix = Vérifiez que le domaine ne contient pas de faute de frappe ; le domaine n’a pas de service de messagerie.

bounce-mailbox-full = La boîte aux lettres du destinataire est pleine
    .meaning = Le destinataire a dépassé son quota (motif mailboxfull : 4.2.2/5.2.2, 552). C’est un rejet temporaire : une nouvelle tentative plus tard peut réussir.
    .fix = Réessayez plus tard, ou contactez le destinataire par un autre moyen.

bounce-mailbox-disabled = La boîte aux lettres du destinataire est désactivée ou vous filtre
    .meaning = Le compte est suspendu ou inactif, ou le filtre du destinataire lui-même a refusé l’e-mail (motifs suspend, filtered : 5.2.1, 5.7.13). C’est un rejet temporaire, mais qui dure souvent.
    .fix = Réessayez plus tard ou utilisez un autre canal pour joindre le destinataire.

bounce-message-too-large = Le message est trop volumineux
    .meaning = Le message dépasse la taille maximale acceptée par la destination (motifs mesgtoobig, exceedlimit : 5.3.4, 5.2.3, 552).
    .fix = Envoyez des pièces jointes plus petites, ou des liens à la place.

bounce-auth-failure = Rejeté pour SPF, DKIM, DMARC ou DNS inverse
    .meaning = Le serveur destinataire a refusé l’e-mail parce que l’authentification a échoué : SPF, DKIM ou DMARC (5.7.23-5.7.26, Microsoft 5.7.509/5.7.515), ou l’IP d’envoi n’a pas de PTR valide (5.7.25). Motifs authfailure, requireptr. La correction doit se faire du côté de l’envoi.
    .fix = Corrigez l’alignement SPF/DKIM/DMARC de l’adresse d’assistance (`zdiag outbound DOMAIN`), ainsi que le PTR de l’IP d’envoi.

bounce-blocked-reputation = Le serveur d’envoi est bloqué ou a une mauvaise réputation
    .meaning = Le serveur destinataire a refusé la connexion ou l’e-mail à cause de l’IP ou du domaine d’envoi : une liste de blocage (Spamhaus, ...) ou une mauvaise réputation (motifs blocked, badreputation).
    .fix = Vérifiez l’IP et le domaine d’envoi sur les listes de blocage, demandez leur retrait, et montez progressivement en volume sur les nouvelles IP.

bounce-spam-content = Rejeté pour son contenu
    .meaning = Le serveur destinataire a jugé le contenu comme du spam, y a trouvé un virus, ou a refusé son format ou ses pièces jointes (motifs spamdetected, virusdetected, policyviolation, contenterror, notcompliantrfc).
    .fix = Modifiez le contenu, les pièces jointes ou le format du message.

bounce-rate-limited = Limité en débit par le serveur destinataire
    .meaning = Trop de messages, de connexions ou de destinataires en trop peu de temps (motifs speeding, toomanyconn).
    .fix = Ralentissez et réessayez plus tard.

bounce-sender-rejected = Rejeté à cause de l’expéditeur
    .meaning = Le serveur destinataire a refusé l’expéditeur d’enveloppe ou l’adresse De, le relais, ou le TLS/l’authentification de la session (motifs rejected, norelaying, securityerror).
    .fix = Vérifiez l’adresse De et l’expéditeur d’enveloppe, le routage MX, le TLS et l’authentification.

bounce-network-or-timeout = Un problème réseau, de délai ou du système distant
    .meaning = La livraison a échoué ou expiré pour une raison du côté distant ou en transit : échecs DNS, délais de connexion dépassés, file d’attente pleine, erreur du logiciel de messagerie, échec de STARTTLS (motifs networkerror, expired, systemerror, systemfull, syntaxerror, mailererror, failedstarttls, notaccept temporaire). Généralement temporaire.
    .fix = Une nouvelle tentative suffit généralement ; si l’échec persiste, contactez l’administrateur du destinataire.

bounce-complaint = Le destinataire a signalé l’e-mail comme spam
    .meaning = Un rapport de réclamation RFC 5965 (ARF) : le destinataire a cliqué sur « signaler comme spam » ou s’est désabonné via son fournisseur. Ce n’est pas un échec de livraison, et ce n’est pas compté comme un rejet ; les preuves donnent le Feedback-Type.
    .fix = Cessez d’envoyer des e-mails à ce destinataire.

bounce-auto-reply = Une réponse automatique, pas un échec
    .meaning = Un message d’absence ou une autre réponse automatique RFC 3834. Ce n’est pas compté comme un rejet.
    .fix = {""}

bounce-delivered = Un avis de livraison réussie
    .meaning = Une notification d’état de livraison (DSN) qui signale un succès (2.x.x). Ce n’est pas compté comme un rejet.
    .fix = {""}

bounce-unknown = Un échec dont le motif n’est pas reconnu
    .meaning = Le message est un avis de rejet, mais sa formulation ne correspond à aucun motif connu (onhold/undefined de Sisimai). Les preuves donnent le message du serveur distant lui-même.
    .fix = Lisez le diagnostic : le texte du serveur distant indique ce qui s’est mal passé.

bounce-not-a-bounce = Pas un rejet
    .meaning = Le message n’est ni un avis d’échec de livraison, ni une réclamation, ni une réponse automatique : c’est un e-mail ordinaire. Il n’est pas compté.
    .fix = {""}

bounce-undecodable = Pas un e-mail
    .meaning = L’entrée n’a pas d’en-têtes d’e-mail (vide, ou pas un e-mail) : rien n’a pu être décodé.
    .fix = Fournissez le message brut (le fichier .eml ou la mbox), pas un rendu de celui-ci.

bounce-summary = Décomptes sur tous les messages lus
    .meaning = Les messages lus, les rejets, les destinataires par catégorie, par motif et par domaine de destination, et les adresses en rejet permanent à retirer de la liste des utilisateurs.
    .fix = {""}

bounce-rate = Taux de rejet par rapport aux messages envoyés
    .meaning = Les destinataires en échec (rejets permanents et temporaires) rapportés au nombre donné avec --sent. Les fournisseurs de messagerie surveillent le seuil de 2 % : au-delà, attendez-vous à un ralentissement des livraisons et à un classement en spam.
    .fix = Retirez les adresses en rejet permanent et vérifiez l’hygiène de vos listes avant d’envoyer davantage.

# Le conseil en une ligne de chaque catégorie (src/bounce/category.rs), l’aide du résultat de chaque destinataire.

bounce-advice-user-unknown = Supprimez ou corrigez l’adresse ; demandez-en une nouvelle au client.
bounce-advice-domain-not-found = Vérifiez que le domaine ne contient pas de faute de frappe : il n’existe pas ou n’accepte aucun e-mail.
bounce-advice-mailbox-full = Réessayez plus tard, ou contactez le destinataire par un autre moyen.
bounce-advice-mailbox-disabled = Le compte du destinataire est inactif ou vous filtre : réessayez plus tard ou utilisez un autre canal.
bounce-advice-message-too-large = Envoyez des pièces jointes plus petites, ou des liens à la place.
bounce-advice-auth-failure = Corrigez l’alignement SPF/DKIM/DMARC et le PTR de l’IP d’envoi (pour Zendesk : configurez DKIM et SPF pour l’adresse d’assistance).
bounce-advice-blocked-reputation = L’IP ou le domaine d’envoi figure sur une liste de blocage ou a une mauvaise réputation : demandez son retrait et montez progressivement en volume.
bounce-advice-spam-content = Modifiez le contenu, les pièces jointes ou le format du message.
bounce-advice-rate-limited = Ralentissez et réessayez plus tard.
bounce-advice-sender-rejected = Vérifiez l’adresse De et l’expéditeur d’enveloppe, le routage MX, le TLS et l’authentification.
bounce-advice-network-or-timeout = Un problème distant ou de transport : une nouvelle tentative suffit généralement.
bounce-advice-complaint = Le destinataire a signalé l’e-mail comme spam : cessez de lui écrire.
bounce-advice-auto-reply = Une réponse automatique, pas un échec : rien à faire.
bounce-advice-delivered = Livré : rien à faire.
bounce-advice-unknown = Lisez le message du serveur distant lui-même dans le diagnostic.

# Les messages et sujets des résultats (`.fix` : l’aide du résultat).

bounce-no-recipient = (aucun destinataire indiqué)
bounce-kind-hard = rejet permanent
bounce-kind-soft = rejet temporaire
bounce-kind-none = pas un rejet
bounce-recipient = { $who } : { $category } ({ $reason }, { $kind })
bounce-recipient-said = { $who } : { $category } ({ $reason }, { $kind }) : { $diagnostic }
bounce-subject-message = message
bounce-undecoded-empty = Non décodé : le message est vide.
bounce-undecoded-not-mail = Non décodé : aucun en-tête d’e-mail trouvé, ce n’est pas un e-mail.
bounce-ordinary-mail = Pas un rejet : aucun échec de livraison, aucune réclamation ni réponse automatique trouvés (non compté).
bounce-subject-summary = rejets
bounce-counts = Messages : { $messages } ; rejets : { $bounces } (destinataires en rejet permanent : { $hard }, en rejet temporaire : { $soft }) ; réclamations : { $complaints } ; réponses automatiques : { $auto_replies } ; hors rejets : { $others }.
    .fix = Supprimez ou corrigez les adresses en rejet permanent listées dans les preuves.
bounce-subject-rate = taux de rejet
bounce-rate-over = Taux de rejet de { $rate } % ({ $failed ->
        [one] { $failed } destinataire en échec
       *[other] { $failed } destinataires en échec
    } / { $sent ->
        [one] { $sent } envoyé
       *[other] { $sent } envoyés
    }) : au-dessus du seuil de { $line } % surveillé par les fournisseurs de messagerie.
bounce-rate-under = Taux de rejet de { $rate } % ({ $failed ->
        [one] { $failed } destinataire en échec
       *[other] { $failed } destinataires en échec
    } / { $sent ->
        [one] { $sent } envoyé
       *[other] { $sent } envoyés
    }) : en dessous du seuil de { $line } % surveillé par les fournisseurs de messagerie.
