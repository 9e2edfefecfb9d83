# recipient : la documentation des codes de résultat (`zdiag explain CODE`) : le titre, puis
# ce qu’il signifie et pourquoi c’est important, puis le correctif (vide pour un bon état).

outbound-recipient-invalid = Le destinataire n’est pas une adresse e-mail
    .meaning = L’adresse donnée avec --recipient n’a pas de `@`, a une partie locale vide, ou un domaine qui n’est pas un nom valide : aucun e-mail ne peut l’atteindre.
    .fix = Vérifiez l’adresse du demandeur dans le ticket et corrigez-la.

outbound-recipient-typo = Le domaine du destinataire semble mal saisi
    .meaning = Le domaine du destinataire est à une ou deux frappes de celui d’un grand fournisseur de messagerie (`gmial.com` pour `gmail.com`). Les e-mails envoyés à un domaine mal saisi sont rejetés ou, pire, atteignent le serveur d’un inconnu ; les clients qui ont mal saisi leur propre adresse ne reçoivent jamais de réponse.
    .fix = Corrigez l’adresse e-mail du demandeur dans Zendesk et renvoyez la réponse.

outbound-recipient-ask = Demandez au destinataire
    .meaning = Le DNS ne montre aucun problème du côté du destinataire : le domaine existe et ses serveurs de messagerie sont résolus. Seul le destinataire peut voir si son serveur a accepté l’e-mail, l’a classé en spam ou l’a rejeté (ou un avis de rejet, que Zendesk place dans la vue Tickets suspendus).
    .fix = Contactez le destinataire avec les détails de l’e-mail : demandez-lui de vérifier son dossier de spam, de vous dire pourquoi son serveur l’a bloqué et d’ajouter votre adresse d’assistance à sa liste d’expéditeurs autorisés.

# Les messages des résultats (`.fix` : l’aide du résultat).

recipient-not-an-address = « { $address } » n’est pas une adresse e-mail.
    .fix = Vérifiez l’adresse du demandeur dans le ticket.
recipient-typo = { $domain } semble être une faute de frappe pour { $intended }.
    .fix = Corrigez l’adresse du demandeur dans Zendesk (…@{ $intended }) et renvoyez la réponse.
recipient-looks-fine = Les serveurs de messagerie de { $domain } semblent corrects d’après le DNS : seul le destinataire peut savoir s’ils ont accepté l’e-mail.
    .fix = Contactez le destinataire avec les détails de l’e-mail bloqué et demandez-lui de vérifier son dossier de spam et d’ajouter votre adresse d’assistance à sa liste d’expéditeurs autorisés.
recipient-ask-spam = regarder dans le dossier de spam ou de courrier indésirable
recipient-ask-why = dire pourquoi son serveur a bloqué l’e-mail (l’avis de rejet ou le journal de son serveur de messagerie)
recipient-ask-allow = ajouter l’adresse d’assistance et les serveurs de messagerie de Zendesk à sa liste d’expéditeurs autorisés pour les prochaines réponses
