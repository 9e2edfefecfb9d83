# core : ce que chaque rapport dit autour de ses constats (étiquettes, verdict), les
# titres propres aux commandes et les erreurs de la ligne de commande.

core-label-pass = OK
core-label-info = INFO
core-label-skip = SAUTÉ
core-label-warn = AVERT
core-label-fail = ÉCHEC
core-label-error = VÉRIFICATION IMPOSSIBLE
core-label-error-short = ERREUR
core-verdict = Verdict :
core-fix = correctif :
core-explain-fix = Correctif :

core-verdict-none = Aucun problème trouvé.
core-verdict-none-skipped = Aucun problème trouvé dans les étapes que zdiag a pu vérifier ({ $skipped } { $skipped ->
        [one] sautée
       *[other] sautées
    } : voyez ce qu’il leur faut).
core-verdict-error = Vérification impossible
core-verdict-fail = Échec
core-verdict-warn = Fonctionne, avec des avertissements
core-verdict-worst = { $lead } : { $place } : { $message }
core-verdict-next = { $text } Étape suivante : { $next }

core-step-bounce = Rejet
core-step-summary = Résumé
core-step-recovered = Tickets suspendus récupérés
core-step-undelivered = Réponses non parvenues
core-step-notes = Notes sur les tickets
core-step-triggers = Déclencheurs
core-step-targets = Cibles e-mail
core-step-support-address = Adresse d’assistance
core-step-forwarding-path = Chemin de transfert du message
core-step-export = Export

# Erreurs : `<quoi> '<saisie>' : <pourquoi> (<correctif>)` ; voici le pourquoi (le message) et le correctif.
core-error-export-not-dir = ce n’est pas un dossier
    .fix = créez-en un avec `zdiag export DOSSIER`
core-error-token-header = il contient un caractère de contrôle ou non ASCII : il ne peut pas être envoyé dans un en-tête HTTP
    .fix = copiez de nouveau le jeton : les jetons Zendesk sont faits de lettres et de chiffres
core-error-token-no-account = un jeton est défini, mais pas le compte auquel il appartient
    .fix = définissez ZENDESK_SUBDOMAIN, ou --subdomain
core-error-account-no-token = le compte Zendesk est défini, mais aucun jeton
    .fix = définissez { $credentials }, ou indiquez --token-file CHEMIN|-
core-error-token-empty = ne contient aucun jeton (il est vide)
core-error-token-file = indiquez un fichier contenant le jeton d’API, ou - pour le lire sur l’entrée standard
core-error-subdomain = ce n’est pas un sous-domaine Zendesk
    .fix = indiquez la partie avant .zendesk.com, par exemple acme
core-error-url = ce n’est pas une URL : { $why }
    .fix = indiquez https://SOUS-DOMAINE.zendesk.com, ou une autre URL de base en https
core-error-url-credentials = une URL contenant des identifiants est refusée
    .fix = utilisez les variables ZENDESK_* ou --token-file
core-error-url-http = le http simple est refusé : le jeton traverserait le réseau sans chiffrement
    .fix = utilisez https, ou http uniquement vers 127.0.0.1, ::1 ou localhost
core-error-url-scheme = le schéma '{ $scheme }' n’est pas http(s)
core-error-domain = ce n’est pas un nom de domaine : { $why }
    .fix = indiquez un nom comme example.com
core-error-zone = indiquez un fichier de zone RFC 1035, ou un dossier de fichiers *.zone
core-error-domains-file = indiquez un fichier texte avec un domaine par ligne (# commence un commentaire)
core-error-domains-file-line = --domains-file ligne { $line } : { $error }
core-error-domains-line = la ligne fait { $length } octets, au-delà du plafond de { $cap } octets pour une ligne
    .fix = un nom de domaine fait au plus 253 octets : un par ligne
core-error-address = ce n’est pas une adresse e-mail
    .fix = indiquez l’adresse à laquelle le client a écrit, par exemple support@example.com
core-error-eml = indiquez le message tel qu’enregistré depuis le client de messagerie, en .eml
core-error-eml-headers = aucun en-tête d’e-mail trouvé
core-error-comment = suit un seul commentaire d’un seul ticket, et { $tickets } tickets ont été indiqués
    .fix = indiquez un seul identifiant de ticket avec --comment
core-error-no-account = zdiag lit le compte Zendesk pour cette commande, et aucun compte n’a été indiqué
    .fix = définissez { $credentials }, ou indiquez --zendesk-export DOSSIER
core-error-api-only = { $does }, ce qui demande l’API, alors que --zendesk-export fournit un export
    .fix = retirez --zendesk-export et définissez { $credentials }
core-does-recover = demande à Zendesk de récupérer des tickets
core-does-verify = demande à Zendesk de vérifier de nouveau
core-does-export = lit le compte pour l’écrire
core-does-note = écrit des notes sur les tickets

# --help : ce à quoi chaque commande répond.
core-about = Diagnostique la livraison des e-mails des comptes Zendesk : un verdict, les preuves et le correctif.
core-about-outbound = Suit la procédure de Zendesk « les clients ne reçoivent pas les e-mails des agents », étape par étape
core-about-inbound = Suit la procédure de Zendesk « les e-mails des clients ne créent pas de tickets », étape par étape
core-about-ticket = La réponse d’un ticket est-elle parvenue au client, et sinon, pourquoi ? (API Zendesk)
core-about-undelivered = Les réponses qui ne sont pas parvenues à leur client, sur tout le compte ; --note le signale sur chaque ticket (API Zendesk)
core-about-spf = Vérifie SPF : les e-mails que Zendesk envoie pour le domaine passeront-ils, et sinon, pourquoi ?
core-about-dkim = Vérifie DKIM : les deux CNAME de Zendesk et les clés derrière eux (et tout --selector)
core-about-dmarc = Vérifie DMARC : la politique, ses rapports, et si les e-mails de Zendesk sont alignés
core-about-mx = Vérifie MX : où les e-mails du domaine sont livrés
core-about-forwarding = Vérifie les adresses d’assistance : transfert et vérification DNS, et pourquoi (API Zendesk)
core-about-triggers = Vérifie les déclencheurs qui envoient des e-mails aux clients : présents, actifs, livrables (API Zendesk)
core-about-targets = Vérifie les cibles e-mail : inactives, en boucle vers Zendesk, corps trop longs (API Zendesk)
core-about-suspended = Tickets suspendus par cause : ce que chacune signifie et le correctif ; les récupérer (API Zendesk)
core-about-export = Écrit dans DOSSIER ce que lisent les vérifications Zendesk, pour --zendesk-export (jamais le jeton)
core-about-bounce = Décode les messages de rejet : qui a échoué, rejet permanent ou temporaire, pourquoi, et quoi faire
core-about-explain = Explique un code de constat : ce qu’il signifie, pourquoi il compte, comment le corriger
core-about-generate = Affiche la page de manuel ou le script de complétion d’un shell

core-credentials = ZENDESK_SUBDOMAIN, ZENDESK_EMAIL et ZENDESK_API_TOKEN (ou ZENDESK_OAUTH_TOKEN)

core-dns-error = Vérification impossible : { $question } a obtenu { $answer }.
    .fix = Vérifiez que les serveurs de noms du domaine répondent, ou réessayez avec --resolver.

# Que faire d’un échec de l’API Zendesk, selon sa nature.
core-api-advice-unauthorized = Vérifiez ZENDESK_EMAIL et le jeton (ou ZENDESK_OAUTH_TOKEN), et que l’accès par jeton est activé dans le Centre d’administration > Applications et intégrations > API > API Zendesk ; puis relancez zdiag.
core-api-advice-forbidden = Utilisez un jeton dont l’utilisateur a l’autorisation que le message nomme (le jeton d’un administrateur lit tous les points de terminaison), ou acceptez que les vérifications qui ont besoin de ces données ne puissent pas s’exécuter.
core-api-advice-not-found = Vérifiez le sous-domaine (ou --zendesk-url) ; si l’offre n’inclut pas la fonctionnalité, les vérifications qui ont besoin de ces données ne peuvent pas s’exécuter.
core-api-advice-rate-limited = Attendez une minute que la limite de requêtes de Zendesk se réinitialise (une autre intégration utilise peut-être le quota du compte), puis relancez zdiag.
core-api-advice-server = Zendesk rencontre des difficultés : relancez zdiag dans quelques minutes.
core-api-advice-network = Vérifiez le chemin vers Zendesk (réseau, proxy, pare-feu, DNS), puis relancez zdiag.
core-api-advice-conflict = Le ticket a changé pendant que zdiag y écrivait : relancez zdiag.
core-api-advice-retry = Relancez zdiag ; si le problème persiste, signalez le message avec la version de zdiag.
core-api-advice-export = Vérifiez que le dossier d’export est lisible, modifiable et qu’il reste de la place, puis réécrivez l’export avec `zdiag export DOSSIER`.
core-api-advice-read-only = Utilisez l’API plutôt qu’un export.

core-error-bounce-input = indiquez des fichiers .eml, des fichiers mbox, des dossiers, ou - pour l’entrée standard
core-error-message-too-large = le message dépasse le plafond de { $cap } que zdiag fixe pour un message ; la lecture s’est arrêtée à l’octet { $at }
    .fix = enregistrez le rejet sans ses pièces jointes
core-error-mbox-message-too-large = le message n°{ $number } (à partir de l’octet { $at }) dépasse le plafond de { $cap } que zdiag fixe pour un message ; la lecture s’est arrêtée là

# Ce qu’une question DNS a obtenu, en mots.
core-dns-records = { $count } { $count ->
        [one] enregistrement
       *[other] enregistrements
    }
core-dns-nxdomain = NXDOMAIN (le nom n’existe pas)
core-dns-nodata = aucun enregistrement de ce type (NODATA)
core-dns-timeout = délai dépassé (aucune réponse)
core-dns-cname-loop = boucle de CNAME : { $chain } (les alias pointent les uns vers les autres ; aucun enregistrement n’est atteignable)
core-dns-chain-too-long = chaîne de CNAME de plus de { $max } alias à partir de { $from }
core-dns-unreachable = serveur DNS injoignable : { $error }
core-dns-no-server = aucun serveur DNS n’a pu être joint
core-dns-truncated = la réponse a été tronquée et TCP n’a pas pu l’obtenir en entier
core-dns-error-other = erreur DNS : { $error }
core-dns-rcode = le serveur DNS a répondu { $code }
core-dns-offline-outside = { $name } est hors des zones chargées et --offline interdit les requêtes réseau
