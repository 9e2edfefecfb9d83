# targets : la documentation des codes (`zdiag explain CODE`) : le titre, puis ce que
# le code signifie et pourquoi c’est important, puis le correctif (vide pour un bon état).

targets-active = Cible e-mail en état de marche
    .meaning = La cible e-mail est active, ne pointe pas vers l’une des adresses d’assistance du compte, et aucune action ne lui envoie un corps de plus de 8 192 caractères.
    .fix = {""}

targets-none = Aucune cible e-mail
    .meaning = Le compte n’a aucune cible e-mail : aucun déclencheur ni automatisme ne peut notifier une adresse externe par ce moyen.
    .fix = {""}

targets-inactive = Une cible e-mail est inactive
    .meaning = La cible e-mail est désactivée. Zendesk désactive de lui-même une cible après 21 échecs de livraison consécutifs (et prévient les administrateurs), ou un administrateur l’a désactivée. Les déclencheurs et automatismes qui pointent encore vers elle n’envoient rien ; les preuves les listent.
    .fix = Corrigez l’adresse de la cible, testez-la et réactivez-la (Centre d’administration > Applications et intégrations > Cibles), ou mettez à jour les déclencheurs et automatismes listés.

targets-support-address-loop = Une cible e-mail est l’une des adresses d’assistance du compte
    .meaning = La cible envoie à une adresse qui est l’une des adresses d’assistance de ce compte. C’est une boucle d’e-mails : Zendesk refuse les notifications vers ses propres adresses d’assistance, donc l’e-mail n’est jamais livré (ou devient un ticket suspendu).
    .fix = Faites pointer la cible vers une adresse extérieure à Zendesk ; pour ajouter quelque chose à un ticket, utilisez une action de déclencheur plutôt qu’une cible.

targets-body-too-long = Le corps de la notification d’une cible dépasse 8 192 caractères
    .meaning = L’action `Notifier par > Cible` d’un déclencheur ou d’un automatisme a un corps plus long que les 8 192 caractères que Zendesk autorise.
    .fix = Ramenez le corps de l’action nommée dans les preuves sous 8 192 caractères (mettez un lien vers le ticket plutôt que de le recopier).

# Les messages et correctifs des constats. $kind vaut `trigger` ou `automation`, comme dans les preuves.

targets-subject-targets = cibles
targets-subject-triggers = déclencheurs
targets-subject-automations = automatismes
targets-subject-support-addresses = adresses d’assistance
targets-msg-none = Le compte n’a aucune cible e-mail.
targets-rule = { $kind ->
        [automation] automatisme
       *[other] déclencheur
    } « { $title } »
targets-msg-inactive = La cible e-mail « { $target } » est inactive (Zendesk désactive une cible après 21 échecs de livraison consécutifs) : rien n’est envoyé à { $email }. Aucun déclencheur ni automatisme actif ne pointe vers elle.
targets-msg-inactive-pointed = La cible e-mail « { $target } » est inactive (Zendesk désactive une cible après 21 échecs de livraison consécutifs) : rien n’est envoyé à { $email }. Pointent encore vers elle : { $rules }.
targets-help-inactive = Vérifiez { $email }, puis réactivez « { $target } » dans Centre d’administration > Applications et intégrations > Cibles, ou mettez à jour les règles listées.
targets-msg-support-address-loop = La cible e-mail « { $target } » envoie à { $email }, l’une des adresses d’assistance de ce compte : une boucle d’e-mails, que Zendesk refuse.
targets-help-support-address-loop = Faites pointer la cible vers une adresse extérieure à ce compte Zendesk.
targets-msg-body-too-long = { $kind ->
        [automation] L’automatisme
       *[other] Le déclencheur
    } « { $rule } » envoie à la cible « { $target } » un corps de { $length } caractères ; Zendesk en autorise { $limit }.
targets-help-body-too-long = Ramenez le corps { $kind ->
        [automation] de l’automatisme
       *[other] du déclencheur
    } « { $rule } » sous { $limit } caractères.
targets-msg-active = La cible e-mail « { $target } » est active et envoie à { $email }.
