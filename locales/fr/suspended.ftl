# suspended : la documentation des codes (`zdiag explain CODE`) : le titre, puis ce que
# le code signifie et pourquoi c’est important, puis le correctif (vide pour un bon état).

suspended-none = Aucun ticket suspendu
    .meaning = La vue Tickets suspendus ne contient aucun e-mail correspondant aux filtres indiqués : rien de ce qui est parvenu à Zendesk n’a été retenu au lieu de devenir un ticket.
    .fix = {""}

suspended-summary = Tickets suspendus par cause
    .meaning = Le tableau des e-mails suspendus regroupés par cause : leur nombre, le plus ancien, ce que signifie la cause et ce qu’il faut faire. Chaque cause a ensuite son propre constat, avec les ID de ses tickets, les domaines des expéditeurs et les adresses d’assistance auxquelles ils ont été envoyés.
    .fix = {""}

suspended-cause-all-mail = Une cause qui suspend tous les e-mails de ce type
    .meaning = Des e-mails sont suspendus pour une raison qui vaut pour chaque message tant que le compte ne change pas : e-mail désactivé, compte expiré, ou e-mail envoyé depuis l’une des adresses d’assistance du compte (une règle de transfert ou un autre système qui renvoie les e-mails de Zendesk). Les e-mails des clients sont perdus systématiquement.
    .fix = Corrigez la configuration du compte que nomme le constat, puis récupérez les tickets.

suspended-cause-customer-mail = Des e-mails de vrais clients sont peut-être suspendus
    .meaning = Des e-mails sont suspendus pour une cause qui touche de vrais clients : échec de l’authentification de l’expéditeur, expéditeur absent de la liste autorisée, auteur non vérifié ou inconnu, inscription obligatoire, liste bloquée, boucle d’e-mails, etc. Tant que personne ne les récupère, ces clients n’obtiennent aucune réponse, et Zendesk les supprime au bout de 14 jours.
    .fix = Passez les tickets en revue et récupérez les vrais (`zdiag suspended --recover ID...`) ; appliquez le correctif de la cause pour que les suivants ne soient pas suspendus.

suspended-cause-noise = Bruit attendu dans la vue Tickets suspendus
    .meaning = Des e-mails suspendus pour une cause attendue et sans conséquence : réponses d’absence du bureau, e-mails automatisés, expéditeurs système, rétrodiffusion (backscatter), adresses noreply, spam. Les notifications d’échec de livraison qui s’y trouvent sont décodées à part.
    .fix = {""}

suspended-cause-unknown = Une cause de suspension que zdiag ne connaît pas
    .meaning = Zendesk a donné un `cause_id` absent de la liste documentée (0-30), ou aucun. Le texte de la cause envoyé par Zendesk est affiché tel quel.
    .fix = Lisez quelques-uns de ces tickets dans la vue Tickets suspendus et récupérez les vrais.

suspended-spam-known-sender = Spam d’un expéditeur qui a des tickets résolus
    .meaning = Des e-mails suspendus comme spam viennent d’un expéditeur qui a aussi des tickets résolus : un vrai client dont le message a été intercepté par le filtre anti-spam, pas du spam. zdiag cherche les expéditeurs de spam les plus fréquents avec la recherche de tickets (par l’API uniquement, pas dans un export).
    .fix = Récupérez leurs tickets suspendus : la récupération indique au filtre que l’e-mail est légitime, comme « Non spam » dans une boîte de réception.

suspended-deletion-soon = Tickets suspendus bientôt supprimés
    .meaning = Zendesk supprime un e-mail suspendu 14 jours après son arrivée, qu’il ait été examiné ou non. Ceux-ci auront disparu d’ici deux jours, et avec eux la seule copie du message de tout vrai client qui s’y trouve.
    .fix = Passez-les en revue maintenant et récupérez les vrais avant la date indiquée.

suspended-sender-authentication = Le paramètre d’authentification de l’expéditeur du compte
    .meaning = Quand l’authentification de l’expéditeur est activée (Centre d’administration > Canaux > Talk et e-mail > E-mail, « Authentifier les e-mails reçus avec l’alignement SPF, DKIM et DMARC »), les e-mails qui échouent à l’alignement SPF, DKIM ou DMARC sont suspendus avec la cause 26. Le profil Amélioré applique aussi DMARC aux e-mails envoyés par les agents et aux adresses Zendesk natives.
    .fix = {""}

suspended-sender-domain = Pourquoi les e-mails d’un expéditeur échouent à l’authentification
    .meaning = Les e-mails du domaine de cet expéditeur ont été suspendus parce qu’ils ont échoué à l’authentification. zdiag a lu les enregistrements SPF et DMARC du domaine (comme le font les vérifications SPF et DMARC) pour dire pourquoi : pas d’enregistrement SPF, un enregistrement défectueux, pas de politique DMARC. Le correctif est du côté de l’expéditeur ; ses e-mails restent suspendus jusqu’à ce que son service informatique corrige le problème.
    .fix = Envoyez le constat au service informatique de l’expéditeur : publier un enregistrement SPF qui liste ses serveurs de messagerie, signer avec DKIM et garder DMARC aligné. En attendant, récupérez ses tickets.

suspended-sender-domain-unchecked = Impossible de vérifier le domaine d’un expéditeur
    .meaning = Le DNS n’a pas répondu aux requêtes sur le domaine de cet expéditeur (délai dépassé ou défaillance du serveur) : zdiag ne peut pas dire pourquoi ses e-mails échouent à l’authentification. Rien n’est conclu sur le domaine.
    .fix = Réessayez, ou passez par un autre serveur avec --resolver.

suspended-from-support-address = Des e-mails venant de l’une de vos propres adresses d’assistance
    .meaning = Des e-mails suspendus ont été envoyés depuis l’une des adresses d’assistance du compte (cause 22) ou ont tourné en boucle (cause 4). Zendesk les suspend pour arrêter les boucles. La cause habituelle est une règle de transfert ou un autre système (un CRM, un second service d’assistance, le transfert d’un client de messagerie) qui renvoie à Zendesk ses propres e-mails, ou une adresse d’assistance utilisée comme expéditeur ailleurs.
    .fix = Trouvez la règle ou le système qui envoie au nom de l’adresse d’assistance nommée ici et arrêtez-le ; transférez côté serveur vers l’adresse Zendesk, jamais depuis un client de messagerie.

suspended-bounce = Le rejet d’une réponse se trouvait dans la vue Tickets suspendus
    .meaning = Zendesk range les notifications d’échec de livraison des serveurs de messagerie parmi les e-mails suspendus et n’alerte personne. zdiag a décodé la notification et trouvé le ticket dont la réponse a été rejetée (par le `ticket_id` du ticket suspendu, sinon par le Message-ID qu’elle cite, sinon par un numéro de ticket dans l’objet) : ce client n’a pas reçu la réponse.
    .fix = Pour un rejet permanent, corrigez l’adresse du demandeur dans le ticket ou joignez le client autrement ; un rejet temporaire est retenté par le serveur d’envoi.

suspended-recovered = Ticket suspendu récupéré
    .meaning = `--recover` a demandé à Zendesk de récupérer l’e-mail suspendu (recover_many, qui conserve le demandeur d’origine) et Zendesk l’a fait : c’est maintenant un ticket.
    .fix = {""}

suspended-recover-failed = Ticket suspendu non récupéré
    .meaning = `--recover` a demandé à Zendesk de récupérer l’e-mail suspendu et Zendesk a refusé (il l’a listé parmi les échecs d’une réponse 422), ou la requête a échoué. Le détail est celui de Zendesk.
    .fix = Récupérez-le depuis la vue Tickets suspendus, où Zendesk indique pourquoi il ne le peut pas ; il faudra peut-être d’abord corriger la cause de la suspension.

suspended-message-found = Le message est dans la vue Tickets suspendus
    .meaning = L’e-mail fourni avec --eml fait partie des tickets suspendus (trouvé par son Message-ID, sinon par l’expéditeur, l’objet et la date) : il est parvenu à Zendesk et a été retenu pour la cause indiquée.
    .fix = Récupérez-le avec la commande indiquée, et appliquez le correctif de la cause.

suspended-message-not-found = Le message n’est pas dans la vue Tickets suspendus
    .meaning = Aucun ticket suspendu ne correspond à l’e-mail fourni avec --eml (Message-ID, ou expéditeur, objet et date). Soit il est devenu un ticket, soit il a été rejeté avant Zendesk (spam évalué à 99 %, ou il n’est jamais arrivé), soit il a été supprimé au bout de 14 jours.
    .fix = Cherchez un ticket de cet expéditeur ; s’il n’y en a pas, vérifiez le transfert de l’adresse à laquelle il a été envoyé.

# Les causes de suspension documentées par Zendesk (`cause_id` 0-30), par leur nom dans l’API : la
# cause telle que la vue Tickets suspendus la nomme, ce qu’elle signifie pour l’administrateur, et le correctif.

suspended-reason-spam = Détecté comme spam
    .means = Le filtre anti-spam de Zendesk a jugé que le message était du spam (à partir de 99 % de certitude, il le rejette au lieu de le suspendre). Le message d’un vrai client s’y trouve parfois.
    .fix = Parcourez-les et récupérez les vrais : la récupération entraîne le filtre, comme « Non spam » dans une boîte de réception.

suspended-reason-not-on-whitelist = Domaine de l’expéditeur absent de la liste autorisée
    .means = Le compte n’accepte que les e-mails des domaines de la liste autorisée, et le domaine de l’expéditeur n’y figure pas.
    .fix = Ajoutez le domaine de l’expéditeur à la liste autorisée (Centre d’administration > Personnes > Utilisateurs finaux), ou récupérez le ticket.

suspended-reason-unverified = Envoyé par un utilisateur non vérifié
    .means = L’expéditeur a un compte dont l’adresse e-mail n’a jamais été vérifiée, et le compte exige des utilisateurs vérifiés.
    .fix = Récupérez le ticket, et vérifiez l’adresse de l’utilisateur (ou assouplissez le paramètre).

suspended-reason-auto-mailer = E-mail de réponse automatisé
    .means = Les en-têtes indiquent que le message a été généré automatiquement (Auto-Submitted, Precedence: bulk/list) : Zendesk ne transforme jamais ces e-mails en tickets.
    .fix = Rien, sauf si un système doit créer des tickets : il doit passer par l’API ou le framework de canaux plutôt que par l’e-mail.

suspended-reason-loop = Détecté comme boucle d’e-mail
    .means = Beaucoup de messages d’un même expéditeur en peu de temps, ou des e-mails venant de l’adresse définie comme adresse de réponse par défaut : Zendesk les suspend et bloque l’expéditeur pendant une heure.
    .fix = Trouvez ce qui renvoie des e-mails à Zendesk (une règle de transfert, un répondeur automatique, un autre service d’assistance) et arrêtez-le ; récupérez les vrais messages.

suspended-reason-unknown-user-update = Un utilisateur inconnu a tenté de mettre à jour un ticket existant
    .means = Quelqu’un qui ne fait pas partie du ticket (souvent un collègue à qui le client a transféré la conversation) y a répondu.
    .fix = Récupérez-le si la réponse a sa place dans le ticket, et ajoutez la personne en CC.

suspended-reason-other-user-update = L’utilisateur final est uniquement autorisé à mettre à jour ses propres tickets
    .means = Un utilisateur final a répondu à un ticket qui n’est pas le sien, et le compte ne permet aux utilisateurs finaux de mettre à jour que leurs propres tickets.
    .fix = Récupérez-le s’il a sa place dans le ticket ; ajoutez l’utilisateur en CC, ou autorisez les CC à mettre à jour les tickets.

suspended-reason-auto-delivery-failure = E-mail de réponse automatisé, échec de livraison
    .means = Un rejet : un message envoyé par Zendesk (en général une réponse à un client) n’a pas pu être livré, et la notification du serveur de messagerie a atterri ici.
    .fix = Lisez le rejet (zdiag le décode plus bas) : corrigez l’adresse dans le ticket, ou prévenez le client autrement.

suspended-reason-auto-vacation = E-mail de réponse automatisé, absent du bureau
    .means = Une réponse automatique d’absence du bureau ou de congés : toujours suspendue.
    .fix = Rien : elles sont supprimées au bout de 14 jours.

suspended-reason-system-user = E-mail détecté comme provenant d’un utilisateur système
    .means = L’expéditeur est une adresse système (mailer-daemon@, postmaster@) : en général un rejet ou une notification de serveur.
    .fix = Lisez-le s’il s’agit d’un rejet (zdiag le décode plus bas) ; sinon, rien à faire.

suspended-reason-unknown-author = Autorisation refusée pour un auteur d’e-mail inconnu
    .means = Seuls les utilisateurs enregistrés peuvent ouvrir des tickets par e-mail, et l’expéditeur n’a pas de compte.
    .fix = Récupérez le ticket (l’utilisateur est créé), ou autorisez tout le monde à envoyer des tickets (Centre d’administration > Personnes > Utilisateurs finaux).

suspended-reason-blank = L’e-mail n’a pas de contenu
    .means = Le message ne contenait aucun texte lisible par Zendesk (un corps vide, ou seulement une pièce jointe qu’il n’a pas pu analyser).
    .fix = Demandez à l’expéditeur de réécrire avec du texte dans le corps du message.

suspended-reason-signup-required = L’utilisateur doit s’inscrire pour envoyer un e-mail, une notification lui a été envoyée
    .means = Le compte exige que les utilisateurs finaux s’inscrivent avant d’envoyer un e-mail ; Zendesk a demandé à l’expéditeur de s’inscrire.
    .fix = Récupérez le ticket, ou n’exigez plus l’inscription pour les demandes par e-mail.

suspended-reason-blocklisted = L’e-mail provient d’un expéditeur ou d’un domaine de la liste bloquée
    .means = L’expéditeur ou son domaine figure dans la liste bloquée du compte (avec l’option de suspension).
    .fix = Si l’expéditeur est un vrai client, retirez-le de la liste bloquée (Centre d’administration > Personnes > Utilisateurs finaux) et récupérez le ticket.

suspended-reason-backscatter = Rétrodiffusion d’un serveur de messagerie distant
    .means = Un rejet ou une réponse automatique pour un e-mail que le compte n’a pas envoyé (du spam qui usurpe votre adresse) : du bruit.
    .fix = Rien, sauf s’il s’agit du rejet d’une vraie réponse (zdiag le décode plus bas).

suspended-reason-disabled = Intégration de l’e-mail désactivée
    .means = L’e-mail est désactivé pour le compte : aucun e-mail ne devient un ticket.
    .fix = Réactivez le canal e-mail (Centre d’administration > Canaux > Talk et e-mail > E-mail), puis récupérez les tickets.

suspended-reason-to-noreply = E-mail destiné à une adresse « noreply »
    .means = Un e-mail envoyé à une adresse noreply du compte : personne n’est censé y écrire.
    .fix = Rien ; si des clients y écrivent, donnez-leur la vraie adresse d’assistance.

suspended-reason-server-lock = Reçu via un serveur de messagerie inconnu
    .means = Le compte n’accepte les e-mails que par ses propres serveurs de messagerie, et celui-ci est arrivé par un autre chemin.
    .fix = Vérifiez la restriction de serveur de messagerie dans les paramètres e-mail ; récupérez les vrais messages.

suspended-reason-unserviceable-account = Les e-mails ne sont pas traités pour les comptes expirés
    .means = L’abonnement du compte a expiré : aucun e-mail n’est traité.
    .fix = Renouvelez l’abonnement, puis récupérez les tickets.

suspended-reason-unprocessable-email = Échec du traitement automatique de l’e-mail
    .means = Un rare échec de traitement du côté de Zendesk.
    .fix = Récupérez le ticket ; si cela se reproduit, contactez l’assistance Zendesk avec l’ID du ticket suspendu.

suspended-reason-unauthenticated-email-update = Autorisation refusée en raison d’une mise à jour par e-mail non authentifiée
    .means = Une réponse à un ticket existant a échoué à l’authentification : Zendesk ne lui a pas fait confiance pour mettre à jour le ticket.
    .fix = Récupérez-la si elle est authentique ; demandez au service informatique de l’expéditeur de corriger SPF/DKIM (voir la cause 26).

suspended-reason-registered-user-logged-out = Envoyé par un utilisateur enregistré alors qu’il était déconnecté
    .means = Un utilisateur enregistré a envoyé sa demande sans être connecté, et le compte exige qu’il le soit.
    .fix = Récupérez le ticket.

suspended-reason-from-support-address = Reçu depuis une adresse e-mail Zendesk Support
    .means = L’expéditeur est l’une des adresses d’assistance du compte : prévention des boucles. En général une règle de transfert ou un autre système qui renvoie les propres e-mails de Zendesk, ou un transfert fait dans un client de messagerie.
    .fix = Trouvez la règle ou le système qui envoie des e-mails au nom de l’adresse d’assistance (l’adresse est nommée plus bas) et arrêtez-le ; transférez côté serveur, pas depuis un client de messagerie.

suspended-reason-from-zendesk-account = L’e-mail provient d’un compte Zendesk
    .means = Un e-mail venant d’un autre compte Zendesk (des notifications entre services d’assistance) : suspendu pour éviter les boucles.
    .fix = Récupérez-le si l’autre service d’assistance écrit au nom d’un client.

suspended-reason-content-processor-timed-out = Le traitement de l’e-mail a pris trop de temps
    .means = Le message était trop volumineux ou trop complexe pour être traité à temps.
    .fix = Récupérez-le ; demandez à l’expéditeur de le renvoyer avec des pièces jointes plus petites.

suspended-reason-malware-detected = Logiciel malveillant détecté
    .means = Une pièce jointe contient un logiciel malveillant.
    .fix = Ne le récupérez pas ; supprimez-le.

suspended-reason-failed-email-authentication = Échec de l’authentification de l’e-mail
    .means = L’authentification de l’expéditeur est activée : le message a échoué à l’alignement SPF, DKIM ou DMARC pour le domaine de l’expéditeur. De vrais clients dont les domaines sont mal configurés sont interceptés ici.
    .fix = Récupérez les vrais ; demandez au service informatique de l’expéditeur de corriger son domaine (zdiag vérifie plus bas chaque domaine d’expéditeur), ou utilisez le profil Par défaut plutôt que le profil Amélioré.

suspended-reason-from-noreply = E-mail provenant d’une adresse « noreply »
    .means = L’expéditeur est une adresse noreply : un e-mail automatisé auquel personne ne peut répondre.
    .fix = Rien.

suspended-reason-account-owner-email-unverified = Envoyé par le propriétaire du compte non vérifié
    .means = L’adresse du propriétaire du compte n’est pas encore vérifiée.
    .fix = Vérifiez l’adresse du propriétaire (avec l’e-mail de bienvenue), puis récupérez les tickets.

suspended-reason-malicious-pattern-detected = Modèle de contenu détecté comme malveillant
    .means = Le contenu correspond à un modèle malveillant connu (hameçonnage).
    .fix = Ne le récupérez pas, à moins d’être sûr qu’il est authentique.

suspended-reason-number-recipients-exceeded = Limite de CC/abonnés atteinte
    .means = Le message comptait plus de 48 adresses dans À et CC.
    .fix = Récupérez-le ; demandez à l’expéditeur d’écrire à moins de personnes à la fois.

# Les sections du rapport, et les mots qui nomment les choses.

suspended-title-tickets = Tickets suspendus
suspended-title-by-cause = Tickets suspendus par cause
suspended-title-authentication = Échec de l’authentification de l’e-mail (cause 26)
suspended-title-loops = E-mails venant de vos propres adresses d’assistance (causes 22 et 4)
suspended-title-bounces = Notifications d’échec de livraison
suspended-title-message = Le message parmi les tickets suspendus
suspended-subject-tickets = tickets suspendus
suspended-subject-message = message
suspended-scope-to = {" "}envoyés à { $address }
suspended-scope-from = {" "}venant de { $address }
suspended-date-unknown = inconnu
suspended-cause-label-unknown = cause inconnue { $id } ({ $text })
suspended-cause-label-none = pas d’ID de cause ({ $text })
suspended-cause-no-text = pas de texte
suspended-cause-not-documented = Non documentée.
suspended-cause-zendesk-undocumented = Zendesk n’a pas documenté cette cause.
suspended-cause-an-unknown = une cause inconnue

# Les messages et correctifs des constats.

suspended-msg-none = Aucun ticket suspendu.
suspended-msg-none-to = Aucun ticket suspendu envoyé à { $address }.
suspended-msg-none-from = Aucun ticket suspendu venant de { $address }.
suspended-msg-summary = { $total } { $total ->
        [one] ticket suspendu
       *[other] tickets suspendus
    } pour { $causes } { $causes ->
        [one] cause
       *[other] causes
    }.
suspended-msg-group = { $label } : { $count } { $count ->
        [one] ticket
       *[other] tickets
    } (le plus récent : { $newest } ; le plus ancien : { $oldest }). { $means }
suspended-msg-spam-known-sender = { $spam } { $spam ->
        [one] e-mail de { $sender } a été suspendu
       *[other] e-mails de { $sender } ont été suspendus
    } comme spam, mais { $sender } a { $solved } { $solved ->
        [one] ticket résolu
       *[other] tickets résolus
    } : ce sont les e-mails d’un vrai client.
suspended-msg-deletion-soon = { $count } { $count ->
        [one] ticket suspendu sera supprimé
       *[other] tickets suspendus seront supprimés
    } par Zendesk d’ici 2 jours, le premier le { $first }.
suspended-help-deletion-soon = Passez-les en revue avant le { $first } et récupérez les vrais (zdiag suspended --recover ID...).
suspended-msg-authentication-on-profile = L’authentification de l’expéditeur est activée (profil { $profile }) : les e-mails qui échouent à l’alignement SPF, DKIM ou DMARC sont suspendus avec la cause 26.
suspended-msg-authentication-on = L’authentification de l’expéditeur est activée : les e-mails qui échouent à l’alignement SPF, DKIM ou DMARC sont suspendus avec la cause 26.
suspended-msg-authentication-off = L’authentification de l’expéditeur est désactivée désormais ; ces tickets ont été suspendus quand elle était activée.
suspended-msg-authentication-unread = Le paramètre d’authentification de l’expéditeur du compte n’a pas pu être lu (il faut le token d’un administrateur).

# Le SPF et le DMARC du domaine d’un expéditeur, tels que le message les dit : « { $domain } { $spf } et { $dmarc } ».
suspended-spf-no-domain = n’existe pas dans le DNS
suspended-spf-missing = n’a pas d’enregistrement SPF
suspended-spf-broken = a un enregistrement SPF défectueux ({ $code })
suspended-spf-published = publie un enregistrement SPF
suspended-spf-unknown = a un SPF inconnu
suspended-dmarc-missing = aucun enregistrement DMARC
suspended-dmarc-broken = un enregistrement DMARC défectueux
suspended-dmarc-monitoring = DMARC p=none
suspended-dmarc-enforced = une politique DMARC appliquée
suspended-dmarc-unknown = un DMARC inconnu
# Ce qu’il faut demander au service informatique de l’expéditeur : « demandez-lui de { $ask } ».
suspended-ask-spf = publier un enregistrement SPF qui liste ses serveurs de messagerie, et signer avec DKIM
suspended-ask-dmarc = signer ses e-mails avec DKIM aligné sur son domaine, et publier une politique DMARC
suspended-ask-dkim = vérifier que ses e-mails sont signés avec DKIM pour son propre domaine (son SPF et son DMARC semblent corrects : une signature absente ou non alignée, ou un transfert qui a cassé SPF, est la cause probable)
suspended-msg-sender-no-domain = { $domain } n’existe pas dans le DNS : un e-mail qui prétend en venir ne peut pas réussir SPF, DKIM ou DMARC. { $count } { $count ->
        [one] ticket suspendu
       *[other] tickets suspendus
    }.
suspended-help-sender-no-domain = Vérifiez l’adresse de l’expéditeur : une faute de frappe, un expéditeur usurpé (c’est alors du spam), ou un domaine qui a expiré.
suspended-msg-sender-domain = { $domain } { $spf } et { $dmarc } : demandez au service informatique de l’expéditeur de { $ask }. { $count } { $count ->
        [one] ticket suspendu
       *[other] tickets suspendus
    }.
suspended-help-sender-domain = Demandez au service informatique de { $domain } de { $ask } ; en attendant, récupérez ses tickets.
suspended-dns-unanswered = { $question } a obtenu { $answer }
suspended-msg-sender-domain-unchecked = Impossible de vérifier { $domain } : { $reasons }.

suspended-msg-from-support-address = { $count } { $count ->
        [one] ticket suspendu (cause { $cause }) a été envoyé
       *[other] tickets suspendus (cause { $cause }) ont été envoyés
    } depuis { $sender }, l’une de vos propres adresses d’assistance : une règle de transfert ou un autre système renvoie les e-mails de Zendesk à Zendesk.
suspended-msg-from-loop = { $count } { $count ->
        [one] ticket suspendu (cause { $cause }) vient
       *[other] tickets suspendus (cause { $cause }) viennent
    } de { $sender } : quelque chose envoie des e-mails à Zendesk en boucle (un répondeur automatique, une règle de transfert, un autre service d’assistance).
suspended-help-from-support-address = Trouvez la règle ou le système qui envoie des e-mails à Zendesk au nom de { $sender } et arrêtez-le ; transférez côté serveur, jamais depuis un client de messagerie.

suspended-msg-bounce = La réponse du ticket #{ $ticket } à { $address } a été rejetée : { $category } ({ $kind }), { $after }.
suspended-msg-bounce-no-ticket = Un message de Zendesk (ticket introuvable) à { $address } a été rejeté : { $category } ({ $kind }), { $after }.
suspended-bounce-kind-hard = rejet permanent
suspended-bounce-kind-soft = rejet temporaire
suspended-bounce-kind-none = pas un échec
suspended-bounce-after-hard = l’envoi ne sera pas retenté
suspended-bounce-after-soft = l’envoi sera retenté
suspended-bounce-after-none = rien à retenter

suspended-msg-recovered = Ticket suspendu { $id } récupéré.
suspended-msg-recover-failed = Le ticket suspendu { $id } n’a pas été récupéré : { $detail }.
suspended-recover-no-reason = Zendesk n’a donné aucune raison
suspended-announce-recovering = récupération de { $count } { $count ->
        [one] ticket suspendu
       *[other] tickets suspendus
    } (lot { $batch } sur { $batches }) : { $ids }

suspended-matched-by-message-id = Message-ID
suspended-matched-by-sender = expéditeur, objet et date
suspended-msg-message-found = Le message est le ticket suspendu { $id } (trouvé par { $matched_by }) : { $cause }.
suspended-help-message-found = Récupérez-le : zdiag suspended --recover { $id }. { $fix }
suspended-msg-message-not-found = Aucun ticket suspendu ne correspond au message : il n’a pas été retenu dans la vue Tickets suspendus.

# Les erreurs de la ligne de commande.

suspended-input-cause-unknown = ce n’est pas une cause de suspension connue de zdiag
suspended-input-cause-fix = indiquez un ID (0-30) ou un nom comme failed_email_authentication, unknown_author, loop
suspended-input-since-invalid = ce n’est ni une durée ni une date
suspended-input-since-fix = indiquez 36h, 7d, 2w, ou une date comme 2024-05-01 ou 2024-05-01T10:00:00Z
