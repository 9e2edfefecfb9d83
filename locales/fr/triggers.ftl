# triggers : la documentation des codes de constat (`zdiag explain CODE`) : le titre, puis
# ce que le code signifie et pourquoi il compte, puis le correctif (vide pour un bon état).

triggers-notify-requester-active = Un déclencheur notifie le demandeur
    .meaning = Un déclencheur actif envoie un e-mail au demandeur (une action `Email user` vers `(requester and CCs)` ou `(requester)`), à condition que le ticket soit créé (la notification « réception de la demande ») ou mis à jour avec un commentaire public (la notification « mise à jour du commentaire »). zdiag le reconnaît à ce qu’il fait, pas à son titre ni à l’indicateur `default`.
    .fix = {""}

triggers-notify-requester-inactive = Le déclencheur qui notifie le demandeur est inactif
    .meaning = Les seuls déclencheurs qui enverraient un e-mail au demandeur à la réception d’une demande, ou quand un agent ajoute un commentaire public, sont désactivés. Les clients ne reçoivent aucun e-mail pour ces événements : les réponses des agents ne leur parviennent jamais.
    .fix = Réactivez le déclencheur nommé dans les éléments de preuve : Centre d’administration > Objets et règles > Règles de gestion > Déclencheurs, ouvrez-le, puis Activer.

triggers-notify-received-missing = Aucun déclencheur ne confirme la réception des demandes
    .meaning = Aucun déclencheur, actif ou non, n’envoie d’e-mail au demandeur quand un ticket est créé par un utilisateur final (le déclencheur standard de Zendesk « Notifier le demandeur et les CC de la réception de la demande »). Les clients qui écrivent ne reçoivent aucun accusé de réception.
    .fix = Créez un déclencheur : Ticket | Est | Créé, Commentaire | Est | Public, Utilisateur actuel | Est | (utilisateur final) ; action Notifier par > E-mail utilisateur (demandeur et CC) avec un objet et un corps.

triggers-notify-comment-missing = Aucun déclencheur n’envoie les réponses des agents
    .meaning = Aucun déclencheur, actif ou non, n’envoie d’e-mail au demandeur quand le ticket est mis à jour avec un commentaire public (le déclencheur standard de Zendesk « Notifier le demandeur et les CC de la mise à jour du commentaire »). Les réponses des agents restent dans Zendesk : les clients ne les reçoivent jamais.
    .fix = Créez un déclencheur : Ticket | Est | Mis à jour, Commentaire | Est | Public ; action Notifier par > E-mail utilisateur (demandeur et CC), objet `[{"{"}{"{"}ticket.account{"}"}{"}"}] Re: {"{"}{"{"}ticket.title{"}"}{"}"}`, corps `{"{"}{"{"}ticket.latest_comment_html{"}"}{"}"}`.

triggers-all-inactive = Tous les déclencheurs sont inactifs
    .meaning = Le compte a des déclencheurs mais aucun n’est actif. Ce sont les déclencheurs qui envoient les notifications par e-mail : quand ils sont tous désactivés, Zendesk n’envoie d’e-mail à personne au sujet de l’activité des tickets.
    .fix = Réactivez les déclencheurs de notification standard (Centre d’administration > Objets et règles > Règles de gestion > Déclencheurs).

triggers-notification-empty = Une notification dont l’objet ou le corps est vide
    .meaning = L’action d’e-mail d’un déclencheur actif (vers un utilisateur, un groupe ou une cible) a un objet ou un corps vide. Zendesk n’envoie rien d’utile, ou rien du tout (une cible e-mail dont le corps est vide échoue).
    .fix = Ouvrez le déclencheur et rédigez l’objet et le corps de l’action nommée dans les éléments de preuve.

triggers-target-missing = Un déclencheur notifie une cible qui n’existe pas
    .meaning = L’action `Notify target` d’un déclencheur actif nomme un ID de cible qui ne figure pas parmi les cibles du compte (elle a été supprimée). La notification ne va nulle part.
    .fix = Dirigez l’action vers une cible existante, ou supprimez l’action.

triggers-target-inactive = Un déclencheur notifie une cible inactive
    .meaning = L’action `Notify target` d’un déclencheur actif nomme une cible désactivée (Zendesk désactive une cible après 21 échecs de livraison consécutifs). Rien n’est envoyé tant qu’elle est inactive.
    .fix = Corrigez l’adresse de la cible, puis réactivez-la (Centre d’administration > Applications et intégrations > Cibles), ou dirigez le déclencheur ailleurs.

triggers-group-deleted = Un déclencheur notifie un groupe supprimé
    .meaning = L’action `Email group` d’un déclencheur actif nomme un ID de groupe qui ne figure pas parmi les groupes du compte (il a été supprimé). Aucun agent ne reçoit la notification.
    .fix = Choisissez un groupe existant dans l’action, ou `(assigned group)`.

triggers-not-fired-24h = Un déclencheur de notification ne s’est pas exécuté depuis 24 heures
    .meaning = Les compteurs d’utilisation de Zendesk (`usage_24h`, sur les offres qui en disposent) indiquent que ce déclencheur de notification actif s’est exécuté 0 fois au cours des dernières 24 heures. Sur un compte actif, cela signifie que ses conditions ne correspondent plus (une condition modifiée, un déclencheur placé au-dessus qui modifie d’abord le ticket) et que personne ne reçoit cet e-mail.
    .fix = Comparez les conditions du déclencheur avec les événements d’un ticket récent (ajoutez /events à l’URL du ticket).

triggers-private-comment-rule = Les commentaires privés n’envoient aucun e-mail au demandeur
    .meaning = Zendesk supprime l’action `Email user (requester and CCs)` quand la mise à jour ajoute un commentaire privé (note interne), quoi que dise le déclencheur. Un agent qui répond par une note interne n’envoie rien au client.
    .fix = Répondez par un commentaire public quand le client doit le recevoir.

# Les messages de `zdiag triggers` : les constats et leurs correctifs.

triggers-subject = déclencheurs
triggers-quoted = « { $title } »
# Ce à quoi répond une notification au demandeur, dans « envoie un e-mail au demandeur ... ».
triggers-on-received = à la réception d’une nouvelle demande d’un client
triggers-on-comment = lors d’une réponse publique d’un agent
triggers-all-inactive-message = { $count ->
        [one] L’unique déclencheur du compte est inactif
       *[other] Les { $count } déclencheurs sont tous inactifs
    } : Zendesk n’envoie plus aucune notification par e-mail.
triggers-all-inactive-help = Réactivez les déclencheurs de notification dans Centre d’administration > Objets et règles > Règles de gestion > Déclencheurs.
triggers-notify-requester-active-message = « { $title } » envoie un e-mail au demandeur { $what }.
triggers-notify-requester-inactive-one = Aucun déclencheur actif n’envoie d’e-mail au demandeur { $what } : { $names } le ferait, mais il est inactif. Les clients ne reçoivent aucun e-mail.
triggers-notify-requester-inactive-many = Aucun déclencheur actif n’envoie d’e-mail au demandeur { $what } : { $names } le feraient, mais ils sont inactifs. Les clients ne reçoivent aucun e-mail.
triggers-notify-requester-inactive-help = Réactivez { $name } dans Centre d’administration > Objets et règles > Règles de gestion > Déclencheurs.
triggers-notify-missing-message = Aucun déclencheur n’envoie d’e-mail au demandeur { $what } : les clients ne reçoivent aucun e-mail dans ce cas.
triggers-not-fired-24h-message = « { $title } » envoie des e-mails mais ne s’est exécuté aucune fois au cours des dernières 24 heures.
triggers-not-fired-24h-help = Comparez ses conditions avec les événements d’un ticket récent (ajoutez /events à l’URL du ticket).
triggers-private-comment-rule-message = Zendesk n’envoie aucun e-mail au demandeur pour un commentaire privé, quoi que disent les déclencheurs : une note interne ne parvient jamais au client.
triggers-private-comment-rule-help = Répondez par un commentaire public quand le client doit le recevoir.
triggers-empty-subject = « { $title } » envoie un e-mail dont l’objet est vide.
triggers-empty-subject-help = Ouvrez « { $title } » et rédigez l’objet de son action d’e-mail.
triggers-empty-body = « { $title } » envoie un e-mail dont le corps est vide.
triggers-empty-body-help = Ouvrez « { $title } » et rédigez le corps de son action d’e-mail.
triggers-target-missing-message = « { $title } » notifie la cible { $target }, qui n’existe pas.
triggers-target-missing-help = Dirigez « { $title } » vers une cible existante, ou supprimez l’action.
triggers-target-inactive-message = « { $title } » notifie la cible « { $target } », qui est inactive : rien n’est envoyé.
triggers-target-inactive-help = Corrigez puis réactivez la cible « { $target } » (Centre d’administration > Applications et intégrations > Cibles).
triggers-group-deleted-message = « { $title } » envoie un e-mail au groupe { $group }, qui n’existe plus : aucun agent ne le reçoit.
triggers-group-deleted-help = Choisissez un groupe existant, ou (groupe assigné), dans « { $title } ».
