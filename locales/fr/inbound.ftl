# inbound : la documentation des codes (`zdiag explain CODE`) : le titre, puis ce que
# le code signifie et pourquoi c’est important, puis le correctif (vide pour un bon état).

inbound-address-configured = L’adresse est une adresse d’assistance
    .meaning = L’adresse à laquelle le client a écrit est l’une des adresses d’assistance du compte (comparées sans tenir compte de la casse) : Zendesk la connaît, et les e-mails qui parviennent à Zendesk pour elle deviennent des tickets.
    .fix = {""}

inbound-address-unknown = L’adresse n’est pas une adresse d’assistance
    .meaning = L’adresse à laquelle le client a écrit ne fait pas partie des adresses d’assistance du compte. Un e-mail envoyé à une adresse que Zendesk ne connaît pas n’aboutit nulle part : même s’il est transféré à Zendesk, il n’est associé à aucune adresse du compte. Les adresses configurées les plus proches sont listées : une faute de frappe, ou un alias qui n’a jamais été ajouté.
    .fix = Ajoutez l’adresse dans Centre d’administration > Canaux > Talk et e-mail > E-mail, configurez son transfert et vérifiez-le ; ou donnez aux clients l’adresse configurée.

inbound-step-skipped = Étape non vérifiée
    .meaning = Cette étape de la procédure de Zendesk pour les e-mails entrants a besoin de l’API Zendesk (les adresses d’assistance, leur statut de transfert, les tickets suspendus), et zdiag n’a reçu ni identifiants ni export. Les preuves nomment les variables qui l’activent, et le message explique comment la vérifier à la main en attendant.
    .fix = Fournissez ce que les preuves indiquent sous `needs`, ou suivez la vérification manuelle décrite dans le message.

inbound-eml-recipients = Où le message a réellement été envoyé
    .meaning = Les adresses auxquelles la copie de l’e-mail a été envoyée, lues dans To, Cc, Delivered-To, X-Forwarded-To et X-Original-To, et celles qui sont des adresses d’assistance.
    .fix = {""}

inbound-eml-not-to-address = Le message n’a pas été envoyé à l’adresse
    .meaning = Aucun des en-têtes de destinataires de la copie ne nomme l’adresse vérifiée, ni aucune adresse d’assistance du compte : le client a écrit ailleurs (une faute de frappe, une ancienne adresse), donc Zendesk ne l’a jamais vu.
    .fix = Donnez au client l’adresse d’assistance, ou ajoutez comme adresse d’assistance l’adresse qu’il a utilisée.

inbound-eml-auto-submitted = Le message indique qu’il a été envoyé automatiquement
    .meaning = Un en-tête `Auto-Submitted` autre que `no` (RFC 3834) indique que le message a été généré automatiquement : Zendesk le suspend comme e-mail automatisé (cause 3) au lieu de créer un ticket.
    .fix = Si un système doit ouvrir des tickets, faites-le passer par l’API ou retirez l’en-tête ; sinon, récupérez le message à la main.

inbound-eml-bulk = Le message est marqué comme envoi en masse ou de liste de diffusion
    .meaning = `Precedence: bulk`, `junk` ou `list` marque le message comme un envoi en masse : Zendesk le suspend comme e-mail automatisé (cause 3).
    .fix = Demandez à l’expéditeur d’écrire sans cet en-tête (un outil de newsletter ou une liste de diffusion l’ajoute), ou récupérez le message.

inbound-eml-from-support-address = Le message vient de l’une de vos adresses d’assistance
    .meaning = L’adresse De est l’une des adresses d’assistance du compte : Zendesk suspend le message pour éviter les boucles (cause 22). C’est typique d’un transfert fait dans un client de messagerie, ou d’un système qui envoie au nom de l’adresse d’assistance.
    .fix = Transférez côté serveur (l’expéditeur d’origine reste dans De), et n’envoyez pas au nom d’une adresse d’assistance depuis d’autres systèmes.

inbound-eml-too-many-ccs = Plus de 48 adresses dans À et CC
    .meaning = Zendesk suspend un message qui compte plus de 48 adresses dans À et CC (cause 30, la limite de CC).
    .fix = Demandez à l’expéditeur d’écrire à moins de personnes à la fois, et récupérez le message.

inbound-eml-authentication = L’authentification de l’expéditeur, telle que le serveur de réception l’a enregistrée
    .meaning = L’en-tête Authentication-Results enregistre ce que le serveur de réception a constaté pour SPF, DKIM et DMARC. Quand l’authentification de l’expéditeur est activée, Zendesk suspend les e-mails qui y échouent (cause 26). Un échec ici désigne le problème de l’expéditeur ; une réussite signifie que l’authentification n’explique pas la disparition du message.
    .fix = En cas d’échec : demandez au service informatique de l’expéditeur de corriger SPF, DKIM ou DMARC pour son domaine ; récupérez le message en attendant.

# Les messages des constats.

inbound-subject-message = message
inbound-msg-address-configured = { $address } est une adresse d’assistance de ce compte (transfert { $forwarding }).
inbound-msg-address-unknown = { $address } ne fait pas partie { $configured ->
        [one] de l’adresse d’assistance du compte
       *[other] des { $configured } adresses d’assistance du compte
    } : les e-mails qui lui sont envoyés n’aboutissent nulle part dans Zendesk.
inbound-msg-address-unknown-closest = { $address } ne fait pas partie { $configured ->
        [one] de l’adresse d’assistance du compte
       *[other] des { $configured } adresses d’assistance du compte
    } : les e-mails qui lui sont envoyés n’aboutissent nulle part dans Zendesk. Adresses configurées les plus proches : { $closest }.
inbound-msg-recipients = Le message a été envoyé à { $recipients }.
inbound-msg-recipients-support = Le message a été envoyé à { $recipients } ; adresse(s) d’assistance parmi elles : { $support }.
inbound-msg-not-to-address = Le message n’a été envoyé ni à { $address } ni à aucune adresse d’assistance (il est allé à { $recipients }).
inbound-msg-not-to-address-none = Le message n’a été envoyé ni à { $address } ni à aucune adresse d’assistance (les en-têtes ne nomment aucune adresse).
inbound-msg-auto-submitted = Auto-Submitted: { $value } : Zendesk suspend les e-mails automatisés (cause 3).
inbound-msg-bulk = Precedence: { $value } : Zendesk suspend les envois en masse et de listes de diffusion (cause 3).
inbound-msg-from-support-address = Le message vient de { $from }, l’une de vos adresses d’assistance : Zendesk le suspend (cause 22).
inbound-msg-too-many-ccs = Le message nomme { $count } adresses dans À et CC (plus de 48) : Zendesk le suspend (cause 30).
inbound-msg-authentication-pass = Le serveur de réception a enregistré { $results } : l’authentification n’explique pas la disparition du message.
inbound-msg-authentication-fail = Le serveur de réception a enregistré { $results } : quand l’authentification de l’expéditeur est activée, Zendesk suspend ces e-mails (cause 26).
