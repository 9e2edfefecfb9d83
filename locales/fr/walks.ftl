# walks : la documentation des codes propres aux procédures (`zdiag explain CODE`).

outbound-step-skipped = Étape non vérifiée
    .meaning = Cette étape de la procédure de Zendesk a besoin de ce que zdiag n'a pas reçu : l'API Zendesk (le statut de livraison d'un ticket, les déclencheurs, le statut de transfert) ou l'adresse du destinataire. Les preuves nomment les options et les variables d'environnement qui l'activent, et le message explique comment la vérifier à la main en attendant.
    .fix = Fournissez ce que les preuves indiquent sous `needs`, ou suivez la vérification manuelle décrite dans le message.

# Les étapes des procédures, dans les mots de Zendesk, et ce qu'il faut vérifier à la main en attendant.

walks-outbound-step-1 = Étape 1 : Vérifiez le statut de livraison de l’e-mail
walks-outbound-step-2 = Étape 2 : Vérifiez qu’un déclencheur envoie votre e-mail dans le ticket
walks-outbound-step-3 = Étape 3 : Vérifiez votre transfert d’e-mails
walks-outbound-step-4 = Étape 4 : Vérifiez votre enregistrement SPF
walks-outbound-step-5 = Étape 5 : Vérifiez le statut auprès du destinataire
walks-outbound-manual-delivery-status = En attendant : ouvrez le ticket, cherchez l’icône d’avertissement à côté du nom du destinataire et lisez l’échec de livraison dans les événements du ticket (ajoutez /events à l’URL du ticket).
walks-outbound-manual-trigger = En attendant : dans les événements du ticket, vérifiez qu’un déclencheur a envoyé une notification par e-mail après le commentaire de l’agent, et que les déclencheurs « Notifier le demandeur » sont actifs.
walks-outbound-manual-forwarding = En attendant : dans le Centre d’administration, Canaux > Talk et e-mail > E-mail, vérifiez que le statut de transfert de l’adresse d’assistance n’affiche aucune erreur.
walks-outbound-needs-ticket = Non vérifié : indiquez le ticket dont la réponse n’est pas arrivée. { $manual }
    .fix = Relancez avec --ticket ID (le numéro dans l’URL du ticket).
walks-outbound-needs-recipient = Non vérifié : indiquez l’adresse qui ne reçoit pas les réponses.
    .fix = Relancez avec --recipient client@son-domaine, ou --ticket ID.

walks-inbound-step-1 = Étape 1 : Vérifiez l’adresse e-mail que votre utilisateur final a contactée
walks-inbound-step-2 = Étape 2 : Vérifiez le statut de transfert de votre adresse e-mail d’assistance
walks-inbound-step-3 = Étape 3 : Vérifiez votre vue Tickets suspendus
walks-inbound-manual-address = En attendant : vérifiez que l’adresse figure parmi les adresses d’assistance dans le Centre d’administration > Canaux > Talk et e-mail > E-mail.
walks-inbound-manual-forwarding = En attendant : dans le Centre d’administration > Canaux > Talk et e-mail > E-mail, vérifiez le statut de transfert de l’adresse et qu’il n’affiche aucune erreur.
walks-inbound-manual-suspended = En attendant : cherchez l’e-mail dans la vue Tickets suspendus (il peut falloir parcourir plusieurs pages), lisez sa cause et récupérez-le.

walks-ticket-step-comment = Le commentaire
walks-ticket-step-trigger = Le déclencheur
walks-ticket-step-delivery = La livraison
walks-ticket-step-recipient = Le destinataire
