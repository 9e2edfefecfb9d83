# undelivered : la documentation des codes de constat (`zdiag explain CODE`) : le titre, puis
# ce que le code signifie et pourquoi il compte, puis le correctif (vide pour un bon état).

undelivered-none = Chaque réponse de la période a atteint ses destinataires
    .meaning = Aucun ticket mis à jour pendant la période ne porte de notification par e-mail en échec, et aucun avis de rejet de la vue Tickets suspendus n’est lié à l’un de ses tickets.
    .fix = {""}

undelivered-hard = Les réponses à cette adresse ont échoué définitivement
    .meaning = Le statut de livraison de Zendesk pour les réponses à cette adresse est un échec permanent (l’adresse ou son domaine n’existe pas, ou le serveur destinataire l’a refusée définitivement), ou un avis de rejet de la vue Tickets suspendus l’indique. Zendesk marque une telle adresse comme non distribuable et cesse de lui envoyer des e-mails : le client ne reçoit plus aucune réponse, sur aucun ticket, tant que l’adresse n’est pas corrigée.
    .fix = Demandez au client une adresse qui fonctionne (par téléphone, par chat ou à une autre adresse), corrigez-la dans son profil, puis renvoyez les réponses.

undelivered-soft = Les réponses à cette adresse ont échoué pour l’instant
    .meaning = Le statut de livraison de Zendesk pour les réponses à cette adresse est un échec temporaire (une boîte aux lettres pleine, un serveur occupé ou injoignable, une limitation de débit, un refus pour raison de politique). Zendesk réessaie pendant 5 jours au maximum ; au-delà, la réponse est perdue, et après 10 rejets temporaires l’adresse est marquée comme non distribuable.
    .fix = Suivez le conseil donné dans le message pour cette raison ; une fois que Zendesk a cessé de réessayer, renvoyez la réponse ou joignez le client par un autre moyen.

undelivered-summary = Réponses en échec par raison et par domaine
    .meaning = Les destinataires en échec de la période, comptés une fois chacun, par catégorie de rejet et par domaine de destinataire : un seul domaine qui concentre de nombreux échecs désigne les serveurs de messagerie de ce domaine ou la façon dont il juge vos e-mails, pas les clients.
    .fix = {""}

undelivered-addresses-to-correct = Adresses à corriger
    .meaning = Les adresses dont les réponses ont échoué définitivement : chacune doit être corrigée dans le profil du client avant qu’une réponse puisse l’atteindre.
    .fix = Corrigez chaque adresse dans le profil du client (ou demandez-lui-en une autre), puis renvoyez les réponses.

undelivered-marked-undeliverable = Adresses auxquelles Zendesk n’envoie plus d’e-mails
    .meaning = Les identités e-mail de ces destinataires sont `undeliverable` : après un rejet permanent, ou 10 rejets temporaires, Zendesk a cessé de leur envoyer le moindre e-mail, sans prévenir.
    .fix = Une fois qu’une adresse fonctionne de nouveau (ou après l’avoir corrigée), ouvrez le profil de l’utilisateur et marquez l’adresse comme distribuable.

undelivered-bounce-rate = Le taux de rejet par rapport au seuil de 2 %
    .meaning = Les destinataires en échec divisés par les e-mails envoyés pendant la période (`--sent N`). Les fournisseurs de messagerie surveillent les taux de rejet : au-delà de 2 %, attendez-vous à ce qu’ils ralentissent ou refusent les e-mails du compte.
    .fix = Nettoyez les adresses qui ont échoué définitivement, et vérifiez que les formulaires du compte ne recueillent pas d’adresses mal saisies.

undelivered-already-reported = Échecs déjà signalés lors d’une exécution précédente
    .meaning = Ces échecs figurent dans le fichier `--state` : une exécution précédente les a signalés, celle-ci ne les signale donc pas de nouveau. Seuls les nouveaux échecs sont affichés.
    .fix = {""}

undelivered-state-started = Un nouveau fichier d’état
    .meaning = Le fichier `--state` n’existait pas : chaque échec de la période est nouveau pour lui, et le fichier les enregistre désormais pour que la prochaine exécution ne signale que les nouveaux.
    .fix = {""}

undelivered-state-not-saved = Le fichier d’état n’a pas pu être écrit
    .meaning = L’exécution a signalé ses échecs (et écrit ses notes), mais `--state` n’a pas pu être mis à jour : la prochaine exécution signalera de nouveau ces échecs.
    .fix = Rendez le répertoire du fichier d’état accessible en écriture (et vérifiez qu’il reste de l’espace disque), puis relancez.

undelivered-not-checked = Une partie de l’analyse n’a pas pu être lue
    .meaning = Une source d’échecs n’a pas pu être lue (les avis de rejet de la vue Tickets suspendus, ou les identités des destinataires), en général faute d’autorisation : les échecs affichés sont complets pour les statuts de livraison, mais peuvent manquer ce que contient cette source.
    .fix = Lancez zdiag avec le token d’un administrateur pour lire toutes les sources.

undelivered-note-written = Une note privée sur le ticket
    .meaning = zdiag a ajouté au ticket une note interne privée qui indique qui n’a pas reçu quelle réponse, pourquoi et que faire, ainsi que la balise `zdiag_delivery_noted`. Une note privée n’est envoyée par e-mail à aucun client. Chaque échec est désigné dans la note par son ID de notification : une exécution ultérieure ne le note donc jamais deux fois.
    .fix = {""}

undelivered-note-planned = La note que --note écrirait
    .meaning = Avec `--dry-run`, la note privée que zdiag ajouterait au ticket, affichée et non écrite.
    .fix = {""}

undelivered-note-skipped = Déjà noté
    .meaning = Le ticket contient déjà la note de zdiag pour chacun de ces échecs (retrouvée grâce à l’ID de notification dans ses notes privées) : rien n’est écrit de nouveau.
    .fix = {""}

undelivered-note-failed = La note n’a pas pu être écrite
    .meaning = Zendesk a refusé ou fait échouer la mise à jour de ce ticket (une autorisation, un ticket clos ou modifié entre-temps, la limite de débit après les nouvelles tentatives). Les autres tickets ont tout de même été notés.
    .fix = Suivez le conseil du message, puis relancez zdiag undelivered --note : les tickets déjà notés ne sont pas notés deux fois.

# Les messages de `zdiag undelivered` : les constats, les erreurs du fichier `--state`, et
# la note privée que `--note` écrit sur un ticket (le marqueur `[zdiag:...]` qui suit
# chaque échec dans la note est une donnée, ajoutée par le code).

undelivered-account = compte
undelivered-source-notices = les avis de rejet (tickets suspendus)
undelivered-source-identities = les identités des destinataires
undelivered-then-hard = Zendesk cesse de lui envoyer des e-mails.
undelivered-then-retrying = Zendesk réessaie encore, jusqu’au { $until }.
undelivered-then-gave-up = Zendesk a cessé de réessayer.
undelivered-help-hard = { $advice } Une fois l’adresse corrigée dans le profil du client, renvoyez les réponses.
undelivered-recipient-one = { $address } : { $reason } ({ $said }), réponses sur le ticket { $tickets }. { $then }
undelivered-recipient-many = { $address } : { $reason } ({ $said }), réponses sur les tickets { $tickets }. { $then }
undelivered-none-message = Aucune réponse n’a échoué depuis le { $since } ({ $count ->
        [one] { $count } ticket portant un échec de livraison lu
       *[other] { $count } tickets portant un échec de livraison lus
    }).
undelivered-summary-message = { $recipients ->
        [one] { $recipients } destinataire n’a pas reçu
       *[other] { $recipients } destinataires n’ont pas reçu
    } de réponses sur { $tickets ->
        [one] { $tickets } ticket
       *[other] { $tickets } tickets
    } depuis le { $since } : { $hard } définitivement (rejet permanent), { $soft } pour l’instant (rejet temporaire).
undelivered-addresses-to-correct-message = { $count ->
        [one] { $count } adresse à corriger
       *[other] { $count } adresses à corriger
    } : { $addresses }.
undelivered-marked-undeliverable-message = Zendesk n’envoie plus d’e-mails à { $count } de ces adresses : { $addresses }.
undelivered-bounce-rate-message = { $failed ->
        [one] { $failed } destinataire en échec
       *[other] { $failed } destinataires en échec
    } sur { $sent ->
        [one] { $sent } e-mail envoyé
       *[other] { $sent } e-mails envoyés
    } : { $rate } % (le seuil est de { $line } %).
undelivered-already-reported-message = { $count ->
        [one] { $count } échec a été signalé par une exécution précédente ({ $state }) : il n’est pas affiché de nouveau.
       *[other] { $count } échecs ont été signalés par une exécution précédente ({ $state }) : ils ne sont pas affichés de nouveau.
    }
undelivered-state-started-message = { $state } n’existait pas : il enregistre désormais les échecs de cette exécution ({ $count }).
undelivered-state-not-saved-message = { $error } : la prochaine exécution signalera de nouveau ces échecs.
undelivered-not-checked-message = Impossible de lire { $what } : { $error }
undelivered-note-written-message = Note privée ajoutée sur le ticket { $ticket } pour { $count ->
        [one] { $count } destinataire en échec
       *[other] { $count } destinataires en échec
    }.
undelivered-note-planned-message = Une note privée serait ajoutée sur le ticket { $ticket } (--dry-run : rien n’est écrit).
undelivered-note-skipped-message = Le ticket { $ticket } contient déjà la note pour ces échecs : rien n’est écrit.
undelivered-note-failed-message = La note sur le ticket { $ticket } n’a pas été écrite : { $error }
undelivered-note-changed-again = le ticket a de nouveau changé pendant que zdiag y écrivait
undelivered-note-run-again = Relancez zdiag.
undelivered-state-unreadable-fix = donnez le chemin d’un fichier que zdiag peut lire et écrire
undelivered-state-not-state = ce n’est pas un fichier d’état zdiag ({ $error })
undelivered-state-not-state-fix = corrigez-le ou supprimez-le : le supprimer signale de nouveau tous les échecs de la période
undelivered-state-version = format { $found }, alors que ce zdiag lit le format { $reads }
undelivered-state-version-fix = supprimez-le pour repartir de zéro
undelivered-state-unwritable = impossible de l’écrire : { $error }

# La note privée : sa première ligne, puis pour chaque échec une ligne, que faire, et le marqueur.
undelivered-note-header-one = zdiag : une réponse sur ce ticket (#{ $ticket }) n’a pas atteint son destinataire.
undelivered-note-header-many = zdiag : une réponse sur ce ticket (#{ $ticket }) n’a pas atteint certains destinataires.
undelivered-note-line-sent = - { $recipient }, envoyé le { $sent } : { $reason } ({ $said }) ; { $status }.
undelivered-note-line = - { $recipient } : { $reason } ({ $said }) ; { $status }.
undelivered-note-status-hard = échec définitif : Zendesk cesse d’envoyer des e-mails à cette adresse
undelivered-note-status-retrying = échec temporaire : Zendesk réessaie jusqu’au { $until }
undelivered-note-status-gave-up = échec : Zendesk a cessé de réessayer
undelivered-note-advice = À faire : { $advice }
