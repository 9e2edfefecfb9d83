# ticket : la documentation des codes de constat (`zdiag explain CODE`) : le titre, puis
# ce que le code signifie et pourquoi il compte, puis le correctif (vide pour un bon état).

ticket-comment-public = La réponse est un commentaire public
    .meaning = Le commentaire suivi (le dernier commentaire public d’un agent, ou celui donné avec --comment) est public : les déclencheurs de notification de Zendesk peuvent l’envoyer par e-mail au demandeur et aux CC.
    .fix = {""}

ticket-comment-private = Le commentaire est privé : il n’est envoyé à aucun client
    .meaning = Le commentaire est une note interne. Zendesk n’envoie jamais un commentaire privé par e-mail au demandeur ni aux CC, quoi que disent les déclencheurs (il supprime l’action `Email user (requester and CCs)` pour ce commentaire). Si le client devait le lire, il ne lui a jamais été envoyé.
    .fix = Ajoutez de nouveau la réponse en tant que commentaire public (Réponse publique dans l’éditeur du ticket).

ticket-no-reply = Aucun agent n’a répondu sur le ticket
    .meaning = Aucun commentaire du ticket n’a été écrit par un agent ou un administrateur : il n’y a donc aucune réponse dont vérifier la livraison.
    .fix = {""}

ticket-comment-not-found = Le commentaire donné n’est pas sur le ticket
    .meaning = L’ID de commentaire donné avec --comment ne figure pas parmi les commentaires du ticket (lus dans ses audits).
    .fix = Donnez un ID de commentaire pris dans les événements du ticket (ajoutez /events à l’URL du ticket), ou omettez --comment pour suivre la dernière réponse publique d’un agent.

ticket-notifications-suppressed = Zendesk a supprimé les notifications du commentaire
    .meaning = Le commentaire porte l’indicateur de métadonnées 4 : Zendesk l’a jugé généré automatiquement (en général un e-mail venant d’un autre compte Zendesk ou d’un système) et a supprimé les notifications automatiques par e-mail pour éviter une boucle d’e-mails. Aucun déclencheur n’envoie d’e-mail à qui que ce soit à son sujet.
    .fix = Si une personne l’a écrit, répondez de nouveau depuis l’interface agent ; si un système le publie, faites-le publier par l’API en tant que commentaire public d’un agent.

ticket-ccs-dropped = Certains CC ont été omis (la limite de CC)
    .meaning = Le commentaire porte l’indicateur de métadonnées 18 : certains destinataires ont été exclus des CC parce que le ticket a atteint la limite de CC de Zendesk (48). Ces personnes ne reçoivent aucune copie de la réponse.
    .fix = Retirez les CC qui ne sont plus nécessaires, et faites parvenir la réponse aux personnes exclues par un autre moyen.

ticket-comment-flag = Un indicateur que Zendesk a placé sur le commentaire
    .meaning = Zendesk place des indicateurs de métadonnées sur les commentaires pour noter pourquoi il leur a fait confiance, les a tronqués ou les a marqués (0 non fiable, 2 auteur ne participant pas à la conversation, 3 auteur non connecté, 5 pièce jointe trop volumineuse, 11 envoyé au nom de l’auteur, 14 peut-être pas envoyé par l’utilisateur, 16 nom du demandeur tronqué, 17 commentaire privé d’un utilisateur final, 20 capacités de l’utilisateur du Reply-To suspendues, 21 From et Reply-To différents, 22 l’utilisateur n’a pas confirmé l’adresse d’envoi). Ces indicateurs n’empêchent pas la notification en eux-mêmes ; ils expliquent ce que Zendesk a fait.
    .fix = {""}

ticket-notification-sent = Un déclencheur a envoyé la mise à jour par e-mail
    .meaning = L’audit du commentaire contient un événement de notification (Notification, NotificationWithCcs, Cc ou FollowerNotification) : la règle nommée a envoyé un e-mail au sujet de cette mise à jour aux destinataires indiqués.
    .fix = {""}

ticket-trigger-deleted = Le déclencheur qui a envoyé l’e-mail n’existe plus
    .meaning = La notification a été envoyée par un déclencheur supprimé depuis (Zendesk marque la référence, ou les déclencheurs du compte ne comprennent plus son ID). Cette réponse est partie, mais les suivantes ne seront pas envoyées par lui.
    .fix = Vérifiez qu’un autre déclencheur actif envoie un e-mail au demandeur lors d’un commentaire public (`zdiag triggers`), ou recréez le déclencheur standard « Notifier le demandeur et les CC de la mise à jour du commentaire ».

ticket-not-notified = Aucun e-mail n’a été envoyé au client au sujet du commentaire
    .meaning = L’audit du commentaire ne contient aucune notification au demandeur ni à un autre utilisateur final : Zendesk n’a envoyé la réponse à personne en dehors des agents. Le message dit pourquoi, dans la mesure où le compte le montre : le commentaire est privé, les notifications ont été supprimées, le demandeur a écrit le commentaire, les déclencheurs « Notifier le demandeur » sont inactifs ou absents, ou un déclencheur actif ne correspondait pas à cette mise à jour.
    .fix = Suivez la raison donnée : répondez en public, réactivez ou recréez le déclencheur « Notifier le demandeur », ou comparez la mise à jour avec les conditions du déclencheur dans les événements du ticket.

ticket-error-event = Zendesk a enregistré une erreur lors de la mise à jour
    .meaning = L’audit du commentaire contient un événement Error : Zendesk a rencontré une erreur système en traitant la mise à jour (son message est cité). Les notifications n’ont peut-être pas été envoyées.
    .fix = Lisez l’erreur dans les événements du ticket ; si elle nomme un déclencheur ou une cible, corrigez cette règle ; sinon, contactez l’assistance Zendesk en donnant l’ID du ticket.

ticket-delivered = Livré : aucun échec reçu
    .meaning = La notification par e-mail de Zendesk pour ce commentaire porte le statut de livraison 0 (NONE) pour le destinataire : le serveur destinataire a accepté le message et aucun échec n’est revenu. Seul le destinataire peut savoir s’il est arrivé dans la boîte de réception plutôt que dans les spams.
    .fix = {""}

ticket-bounce-hard = La réponse a été rejetée : un rejet permanent
    .meaning = La notification par e-mail de Zendesk pour ce commentaire porte un statut de livraison qui signifie que l’adresse ne peut pas recevoir d’e-mails (elle n’existe pas, son domaine n’accepte aucun e-mail, elle a été refusée définitivement). Zendesk marque une telle adresse comme non distribuable et cesse de lui envoyer des e-mails.
    .fix = Demandez au client une adresse qui fonctionne (par téléphone, par chat ou à une autre adresse), corrigez-la dans son profil, et renvoyez la réponse.

ticket-bounce-soft = La réponse a été rejetée : un rejet temporaire
    .meaning = La notification par e-mail de Zendesk pour ce commentaire porte un statut de livraison qui peut se résoudre de lui-même (une boîte aux lettres pleine, un serveur occupé ou injoignable, une limitation de débit, un refus pour raison de politique). Zendesk réessaie un échec temporaire pendant 5 jours au maximum ; après 10 rejets temporaires, il marque l’adresse comme non distribuable.
    .fix = Suivez le conseil donné dans le message pour cette raison ; tant que Zendesk réessaie, attendez, puis vérifiez de nouveau.

ticket-no-delivery-record = Aucun enregistrement de livraison pour le commentaire
    .meaning = Une notification a été envoyée au sujet du commentaire, mais Zendesk ne détient aucune notification par e-mail (statut de livraison) pour elle : la fonctionnalité de statut de livraison du compte est peut-être désactivée, l’e-mail est peut-être parti par un connecteur Gmail ou SMTP authentifié (que Zendesk ne suit pas), ou l’enregistrement n’est pas encore écrit. zdiag ne peut pas dire s’il est arrivé.
    .fix = Demandez au client de vérifier son dossier de spam ; cherchez un rejet dans la vue Tickets suspendus (`zdiag suspended`).

ticket-nothing-sent = Aucun e-mail à livrer
    .meaning = Aucun e-mail n’a été envoyé à un client au sujet du commentaire (l’étape du déclencheur dit pourquoi) : il n’y a donc aucun statut de livraison à lire.
    .fix = {""}

ticket-failure-tag = Le ticket porte la balise d’échec de livraison
    .meaning = Zendesk ajoute la balise `system_email_notification_failure` quand l’une des notifications du ticket n’est pas livrée (jusqu’à 5 jours plus tard, pendant qu’il réessaie). Elle reste sur le ticket : l’échec peut concerner un commentaire antérieur à celui qui est suivi.
    .fix = Lisez les statuts de livraison des réponses antérieures du ticket (lancez zdiag ticket avec --comment ID pour chacune).

ticket-recipient-deliverable = Zendesk envoie toujours des e-mails à l’adresse
    .meaning = L’identité e-mail du destinataire est `deliverable` et aucun rejet temporaire n’est compté.
    .fix = {""}

ticket-recipient-undeliverable = Zendesk a cessé d’envoyer des e-mails à l’adresse
    .meaning = L’identité e-mail du destinataire est `undeliverable` : après un rejet permanent, ou 10 rejets temporaires, Zendesk a cessé de lui envoyer le moindre e-mail. Chaque réponse suivante est abandonnée sans bruit : aucune notification, aucun ticket suspendu.
    .fix = Une fois que l’adresse fonctionne de nouveau (ou après l’avoir corrigée), ouvrez le profil de l’utilisateur dans Zendesk et marquez l’adresse comme distribuable ; sinon, demandez une autre adresse au client.

ticket-recipient-soft-bounces = L’adresse a déjà subi des rejets temporaires
    .meaning = L’identité e-mail du destinataire compte des rejets temporaires (`undeliverable_count`). Zendesk marque une adresse comme non distribuable après 10 rejets et cesse de lui envoyer des e-mails.
    .fix = Demandez au client de corriger ce qui fait rejeter ses e-mails (une boîte aux lettres pleine, un filtre) avant que le compte n’atteigne 10.

ticket-recipient-not-emailed = Zendesk n’envoie pas d’e-mails à ce type d’adresse
    .meaning = L’identité e-mail du destinataire a un état de distribution pour lequel Zendesk n’envoie aucune notification : `reserved_example` (une adresse en example.com, .net, .org ou .edu), `mailing_list`, `machine` ou `mailer_daemon` (un expéditeur automatisé), `ticket_sharing_partner`. Les réponses qui lui sont destinées ne quittent jamais Zendesk.
    .fix = Indiquez une vraie adresse pour le demandeur (celle du client lui-même), et renvoyez la réponse.

# Les messages de `zdiag ticket` : les constats, et la phrase du résultat.

ticket-rule-none = une mise à jour sans règle (la copie propre à l’agent)
ticket-rule-titled-id = « { $title } » ({ $kind ->
        [trigger] déclencheur
        [automation] automatisme
       *[other] { $kind }
    } { $id })
ticket-rule-titled = « { $title } »
ticket-rule-id = { $kind ->
        [trigger] déclencheur
        [automation] automatisme
       *[other] { $kind }
    } { $id }
ticket-rule-unnamed = { $kind ->
        [trigger] un déclencheur
        [automation] un automatisme
       *[other] une règle { $kind }
    }
ticket-quoted = « { $title } »
ticket-author-unknown = un auteur inconnu
ticket-author-user = utilisateur { $id }
ticket-written-unknown = à une date inconnue
ticket-written-on = le { $date }
ticket-comment-public-message = Commentaire { $id } de { $author }, public, { $when }.
ticket-comment-private-message = Le commentaire { $id } de { $author }, { $when }, est privé, une note interne : Zendesk ne l’envoie par e-mail à aucun client.
ticket-no-reply-message = Aucun agent n’a encore commenté le ticket ({ $comments ->
        [one] { $comments } commentaire
       *[other] { $comments } commentaires
    }, aucun d’un agent) : il n’y a aucune réponse à livrer.
ticket-comment-not-found-message = Le commentaire { $id } n’est pas sur ce ticket.
ticket-flag-message = Commentaire { $comment } : { $text }
ticket-flag-4 = Zendesk a jugé le commentaire généré automatiquement (indicateur 4) et a supprimé ses notifications par e-mail : aucun déclencheur n’envoie d’e-mail à son sujet.
ticket-flag-18 = Certains destinataires ont été exclus des CC : le ticket a atteint la limite de CC de Zendesk (indicateur 18). Ils ne reçoivent aucune copie de la réponse.
ticket-flag-0 = Zendesk ne lui fait pas confiance (indicateur 0).
ticket-flag-2 = son auteur ne participe pas à la conversation (indicateur 2).
ticket-flag-3 = son auteur n’était pas connecté (indicateur 3).
ticket-flag-5 = une pièce jointe était trop volumineuse et a été omise (indicateur 5).
ticket-flag-11 = il a été envoyé au nom de son auteur (indicateur 11).
ticket-flag-14 = il n’a peut-être pas été envoyé par l’utilisateur qu’il nomme (indicateur 14).
ticket-flag-16 = le nom du demandeur a été tronqué (indicateur 16).
ticket-flag-17 = c’est un commentaire privé d’un utilisateur final (indicateur 17).
ticket-flag-20 = les capacités de l’utilisateur du Reply-To sont suspendues (indicateur 20).
ticket-flag-21 = ses adresses From et Reply-To diffèrent (indicateur 21).
ticket-flag-22 = l’utilisateur n’a pas confirmé être propriétaire de l’adresse d’envoi (indicateur 22).
ticket-flag-unknown = Zendesk a placé un indicateur que zdiag ne connaît pas.
ticket-notification-sent-message = { $rule } a envoyé un e-mail à { $recipients } ({ $event }).
ticket-trigger-deleted-message = { $rule } a envoyé cet e-mail mais n’existe plus : les réponses suivantes ne seront pas envoyées par cette règle.
ticket-not-notified-requester = Aucun e-mail concernant le commentaire { $comment } n’a été envoyé au demandeur : { $why }
ticket-not-notified-message = Aucun e-mail concernant le commentaire { $comment } n’a été envoyé à { $who } : { $why }
ticket-error-event-message = Zendesk a enregistré une erreur lors de la mise à jour : « { $error } ».
ticket-delivered-message-at = Livré à { $address } le { $at } : le serveur destinataire l’a accepté, aucun échec n’est revenu.
ticket-delivered-message = Livré à { $address } : le serveur destinataire l’a accepté, aucun échec n’est revenu.
ticket-bounce-then-hard = Zendesk marque l’adresse comme non distribuable et cesse de lui envoyer des e-mails.
ticket-bounce-then-retrying = Zendesk réessaie encore, jusqu’au { $until }.
ticket-bounce-then-gave-up = Zendesk a cessé de réessayer le { $since }.
ticket-bounce-then-soft = Zendesk réessaie un échec temporaire pendant 5 jours au maximum.
ticket-bounce-help-hard = { $advice } Une fois l’adresse corrigée dans le profil du client, renvoyez la réponse.
ticket-bounced-message = Non livré à { $address } : { $reason } ({ $said }). { $then }
ticket-no-delivery-record-message = Zendesk ne détient aucun statut de livraison pour le commentaire { $comment } : zdiag ne peut pas dire si l’e-mail est arrivé.
ticket-nothing-sent-message = Aucun e-mail à un client au sujet du commentaire { $comment } : rien à livrer.
ticket-failure-tag-message = Le ticket porte la balise system_email_notification_failure, mais la réponse suivie ne montre aucun échec : une notification antérieure a échoué.
ticket-recipient-undeliverable-message = Zendesk a marqué { $address } comme non distribuable et a cessé de lui envoyer des e-mails ({ $count ->
        [one] { $count } rejet temporaire compté
       *[other] { $count } rejets temporaires comptés
    }).
ticket-recipient-soft-bounces-message = { $address } a subi { $count ->
        [one] { $count } rejet temporaire
       *[other] { $count } rejets temporaires
    } : Zendesk cesse de lui envoyer des e-mails après { $limit }.
ticket-recipient-deliverable-message = Zendesk envoie toujours des e-mails à { $address } (aucun rejet compté).
ticket-recipient-not-emailed-message = Zendesk n’envoie pas d’e-mails à { $address } : son état de distribution est { $state } ({ $meaning }).
ticket-state-reserved-example = une adresse en example.com, .net, .org ou .edu, réservée aux exemples
ticket-state-mailing-list = une liste de diffusion
ticket-state-machine = un expéditeur automatisé
ticket-state-mailer-daemon = l’adresse du démon d’un serveur de messagerie
ticket-state-ticket-sharing-partner = un compte partenaire de partage de tickets
ticket-state-mandatory = une adresse que Zendesk doit conserver
ticket-state-unknown = un état que zdiag ne connaît pas

# Une catégorie de rejet en quelques mots simples, pour les phrases.
ticket-category-user-unknown = l’adresse n’existe pas
ticket-category-domain-not-found = le domaine n’existe pas ou n’accepte aucun e-mail
ticket-category-mailbox-full = la boîte aux lettres est pleine
ticket-category-mailbox-disabled = la boîte aux lettres est désactivée ou inactive
ticket-category-message-too-large = le message est trop volumineux
ticket-category-auth-failure = le serveur destinataire a refusé son authentification (SPF, DKIM, DMARC)
ticket-category-blocked-reputation = le serveur destinataire bloque l’IP ou le domaine d’envoi
ticket-category-spam-content = le serveur destinataire l’a pris pour du spam
ticket-category-rate-limited = le serveur destinataire limite le débit des e-mails
ticket-category-sender-rejected = le serveur destinataire a refusé l’expéditeur
ticket-category-network-or-timeout = le serveur destinataire était injoignable, ou a échoué
ticket-category-complaint = le destinataire l’a signalé comme spam
ticket-category-auto-reply = une réponse automatique est revenue
ticket-category-delivered = il a été livré
ticket-category-unknown = le serveur destinataire l’a refusé

# « a, b et c » : tous les éléments sauf le dernier, joints par « , », puis le dernier.
ticket-list = { $rest } et { $last }

# Pourquoi personne en dehors des agents n’a reçu d’e-mail (la fin d’une phrase, après « non envoyé : »).
ticket-silence-private = le commentaire est privé, une note interne.
ticket-silence-suppressed = Zendesk a supprimé les notifications d’un commentaire généré automatiquement (indicateur 4).
ticket-silence-requester-wrote = le demandeur a écrit le commentaire ; Zendesk n’envoie à personne ses propres commentaires par e-mail.
ticket-silence-channel = le ticket est arrivé par { $channel } : les réponses repartent par ce canal, pas par e-mail.
ticket-silence-no-email = le demandeur n’a pas d’adresse e-mail.
ticket-silence-no-email-help = Ajoutez l’adresse e-mail du client à son profil, puis renvoyez la réponse.
ticket-silence-triggers-unread = aucun déclencheur n’a envoyé d’e-mail au demandeur, et zdiag ne peut pas lire les déclencheurs pour dire pourquoi ({ $error }).
ticket-silence-triggers-unread-help = Dans Centre d’administration > Objets et règles > Règles de gestion > Déclencheurs, vérifiez que les déclencheurs « Notifier le demandeur » sont actifs.
ticket-silence-not-fired-one = { $triggers } est actif mais ne s’est pas déclenché pour cette mise à jour : ses conditions ne correspondaient pas (une condition sur le statut, le groupe, la marque ou les balises), ou un déclencheur placé au-dessus a modifié le ticket avant lui.
ticket-silence-not-fired-many = { $triggers } sont actifs mais ne se sont pas déclenchés pour cette mise à jour : leurs conditions ne correspondaient pas (une condition sur le statut, le groupe, la marque ou les balises), ou un déclencheur placé au-dessus a modifié le ticket avant eux.
ticket-silence-not-fired-help = Ouvrez les événements du ticket (ajoutez /events à son URL) et comparez cette mise à jour avec les conditions du déclencheur.

# Le résultat : « Ticket 12 : <ce qui s’est passé>. Étape suivante : <ce qu’il faut faire> »
ticket-outcome = Ticket { $id } : { $text }.
ticket-outcome-next = Ticket { $id } : { $text }. Étape suivante : { $next }
ticket-outcome-not-checked = non vérifié
ticket-outcome-set-credentials = Définissez { $credentials }.
ticket-outcome-could-not-check = vérification impossible : { $error }
ticket-outcome-no-reply = aucun agent n’a encore répondu
ticket-outcome-comment-not-found = le commentaire { $id } n’est pas sur le ticket
ticket-outcome-not-sent = non envoyé : { $why }
ticket-outcome-not-delivered = non livré : { $why }
ticket-outcome-no-delivery-status = impossible de lire le statut de livraison : { $error }
ticket-outcome-nothing-sent = rien n’a été envoyé
ticket-outcome-sent-no-record = envoyé à { $to } ; Zendesk ne détient aucun statut de livraison pour cet envoi
ticket-outcome-bounced = rejeté : { $reason } ({ $address })
ticket-outcome-bounced-retrying = rejeté : { $reason } ({ $address }) ; Zendesk réessaie jusqu’au { $until }
ticket-outcome-delivered-at = livré à { $to } le { $at }
ticket-outcome-delivered = livré à { $to }

# Plusieurs tickets : combien ont fini de quelle façon, puis la phrase du pire.
ticket-verdict = { $count } tickets : { $counts }. { $worst }
ticket-count-delivered = { $count ->
        [one] { $count } livré
       *[other] { $count } livrés
    }
ticket-count-bounced = { $count ->
        [one] { $count } rejeté
       *[other] { $count } rejetés
    }
ticket-count-sent = { $count ->
        [one] { $count } envoyé
       *[other] { $count } envoyés
    }
ticket-count-not-delivered = { $count ->
        [one] { $count } non livré
       *[other] { $count } non livrés
    }
ticket-count-not-sent = { $count ->
        [one] { $count } non envoyé
       *[other] { $count } non envoyés
    }
ticket-count-no-reply = { $count } sans réponse
ticket-count-could-not-check = { $count ->
        [one] { $count } non vérifiable
       *[other] { $count } non vérifiables
    }
ticket-count-not-checked = { $count ->
        [one] { $count } non vérifié
       *[other] { $count } non vérifiés
    }
