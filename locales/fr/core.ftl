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

# Le client Zendesk : ce que lit chaque requête, qui a le droit de le lire, et pourquoi elle a échoué.
core-zendesk-what-recipient-addresses = les adresses d’assistance
core-zendesk-what-triggers = les déclencheurs
core-zendesk-what-targets = les cibles
core-zendesk-what-automations = les automatisations
core-zendesk-what-groups = les groupes
core-zendesk-what-account-settings = les paramètres du compte
core-zendesk-what-suspended-tickets = les tickets suspendus
core-zendesk-what-ticket = le ticket { $id }
core-zendesk-what-audits = les audits (événements) du ticket { $id }
core-zendesk-what-email-notifications = les notifications par e-mail (statuts de remise) du ticket { $id }
core-zendesk-what-support-address = l’adresse d’assistance { $id }
core-zendesk-what-the-support-address = l’adresse d’assistance
core-zendesk-what-verification = la vérification { $kind } de l’adresse d’assistance { $id }
core-zendesk-what-recovery = la récupération de { $count } { $count ->
        [one] ticket suspendu
       *[other] tickets suspendus
    }
core-zendesk-what-users = { $count } { $count ->
        [one] utilisateur cité
       *[other] utilisateurs cités
    } dans le ticket
core-zendesk-what-ticket-users = les utilisateurs du ticket
core-zendesk-what-identities = les identités e-mail de l’utilisateur { $user }
core-zendesk-what-user-identities = les identités de l’utilisateur { $user }
core-zendesk-what-search = la recherche de tickets « { $query } »
core-zendesk-what-notifications-of = les notifications par e-mail de { $count } { $count ->
        [one] ticket
       *[other] tickets
    }
core-zendesk-what-the-email-notifications = les notifications par e-mail
core-zendesk-what-comments = les commentaires du ticket { $id }
core-zendesk-what-update = la mise à jour du ticket { $id }
core-zendesk-what-people = les utilisateurs cités dans le ticket { $id } et leurs identités
core-zendesk-permission-recipient-addresses = lire les adresses d’assistance demande un administrateur ou un agent ; l’utilisateur du jeton est peut-être suspendu, ou un rôle personnalisé masque peut-être les canaux
core-zendesk-permission-business-rules = l’utilisateur du jeton est un agent dont le rôle ne voit pas les règles de gestion (déclencheurs et automatisations) : utilisez le jeton d’un administrateur
core-zendesk-permission-targets = l’utilisateur du jeton est un agent dont le rôle ne voit pas les cibles (Centre d’administration > Applications et intégrations > Cibles) : utilisez le jeton d’un administrateur
core-zendesk-permission-groups = l’utilisateur du jeton ne peut pas lister les groupes : utilisez le jeton d’un administrateur
core-zendesk-permission-account-settings = lire les paramètres du compte demande un administrateur : l’utilisateur du jeton est un agent sans droits d’administrateur
core-zendesk-permission-suspended-tickets = lire les tickets suspendus demande un administrateur, un agent sans restriction ou (Enterprise) un rôle personnalisé autorisé à gérer les tickets suspendus
core-zendesk-permission-ticket = l’utilisateur du jeton n’est pas un agent qui peut voir ce ticket (un rôle restreint, ou un groupe dont il n’est pas membre)
core-zendesk-permission-email-notifications = l’utilisateur du jeton n’est pas un agent qui peut voir les notifications par e-mail de ce ticket
core-zendesk-permission-verify = vérifier une adresse d’assistance demande un administrateur, ou un agent dont le rôle peut gérer les canaux et les extensions
core-zendesk-permission-recover = récupérer des tickets suspendus demande un administrateur, un agent sans restriction ou (Enterprise) un rôle personnalisé autorisé à gérer les tickets suspendus
core-zendesk-permission-users = l’utilisateur du jeton n’est pas un agent qui peut voir ces utilisateurs
core-zendesk-permission-identities = l’utilisateur du jeton n’est pas un agent qui peut voir les identités de cet utilisateur
core-zendesk-permission-search = rechercher des tickets demande un agent qui peut les voir
core-zendesk-permission-update = ajouter une note à un ticket demande un agent qui peut le modifier
core-zendesk-missing-targets = vérifiez le sous-domaine ; sur certaines offres, les cibles ne sont pas disponibles (elles sont remplacées par les webhooks)
core-zendesk-missing-automations = vérifiez le sous-domaine ; l’offre n’inclut peut-être pas les automatisations
core-zendesk-missing-account = vérifiez le sous-domaine (ou --zendesk-url) : aucun compte Zendesk ne répond à cette adresse
core-zendesk-missing-support-address = l’adresse d’assistance a été supprimée, ou le sous-domaine est erroné
core-zendesk-missing-recover = les tickets suspendus ont été supprimés ou déjà récupérés, ou le sous-domaine est erroné
core-zendesk-missing-ticket = le ticket a été supprimé, ou le sous-domaine est erroné
core-zendesk-missing-user = l’utilisateur a été supprimé, ou le sous-domaine est erroné
core-zendesk-http-client = impossible de créer le client HTTP : { $error }
core-zendesk-list-too-large = les réponses de Zendesk pour { $what } dépassent le plafond de zdiag de { $cap } pour une liste : la lecture s’est arrêtée à { $count } { $count ->
        [one] élément
       *[other] éléments
    } plutôt que de rapporter une partie de la liste
core-zendesk-no-list = la réponse de Zendesk pour { $what } n’a pas de liste « { $key } »
core-zendesk-page-loop = le lien vers la page suivante pour { $what } renvoie à une page déjà lue (après { $pages } pages, { $count } { $count ->
        [one] élément
       *[other] éléments
    }) : zdiag ne peut pas atteindre la fin de la liste, donc rien n’en est utilisé
core-zendesk-too-many-pages = Zendesk avait encore des éléments pour { $what } après { $max } pages ({ $count } { $count ->
        [one] élément
       *[other] éléments
    }), le plafond de zdiag pour une liste, à { $url } : rien n’en est utilisé plutôt que de faire passer une partie de la liste pour sa totalité
core-zendesk-bad-next-link = le lien de Zendesk vers la page suivante n’est pas une URL : { $error }
core-zendesk-no-ticket = aucun ticket { $id } dans { $account }, ou cet agent ne peut pas le voir
core-zendesk-no-count = la réponse de Zendesk pour une recherche de tickets n’a pas de « count »
core-zendesk-network = impossible de joindre Zendesk à { $base } pour { $what } : { $error }
core-zendesk-body-too-large = la réponse de Zendesk pour { $what } dépasse le plafond de zdiag de { $cap } pour une réponse : la lecture s’est arrêtée là, rien n’en est utilisé
core-zendesk-cut-off = la réponse pour { $what } a été interrompue : { $error }
core-zendesk-rate-limited = la limite de débit de Zendesk a empêché zdiag de lire { $what } ({ $attempts } essais, 429 Too Many Requests) : une autre intégration utilise peut-être le quota du compte ; réessayez dans une minute
core-zendesk-server = Zendesk n’a pas pu répondre pour { $what } ({ $status }, { $attempts } essais) : le service rencontre des problèmes ; réessayez dans quelques minutes
# Ce que Zendesk a dit, ajouté à un refus après une espace.
core-zendesk-said = Zendesk a répondu : « { $said } ».
core-zendesk-unauthorized-token = Zendesk a refusé le jeton d’API de { $email } (401 Unauthorized) pour { $what } : vérifiez ZENDESK_EMAIL et le jeton, et que l’accès par jeton est activé dans Centre d’administration > Applications et intégrations > API > API Zendesk (il est désactivé sur les nouveaux comptes).{ $said }
core-zendesk-unauthorized-oauth = Zendesk a refusé le jeton OAuth (401 Unauthorized) pour { $what } : il est invalide, expiré ou révoqué, ou l’accès OAuth est désactivé dans Centre d’administration > Applications et intégrations > API > API Zendesk.{ $said }
core-zendesk-forbidden = Zendesk a refusé l’accès pour { $what } (403 Forbidden) : { $permission } ; ou l’offre n’inclut pas la fonctionnalité.{ $said }
core-zendesk-conflict = Zendesk a refusé { $what } (409 Conflict) : le ticket a changé depuis que zdiag l’a lu.{ $said }
core-zendesk-not-found = Zendesk a répondu 404 Not Found pour { $what } à { $base } : { $missing }.{ $said }
core-zendesk-redirect = Zendesk a répondu { $status } pour { $what } : zdiag ne suit pas les redirections ; vérifiez le sous-domaine ou --zendesk-url
core-zendesk-refused = Zendesk a refusé la requête pour { $what } ({ $status }).{ $said }
core-zendesk-decode = la réponse de Zendesk pour { $what } n’est pas le JSON attendu : { $error }
core-zendesk-export-missing = absent
core-zendesk-export-unreadable = l’export n’a pas de fichier { $file } lisible ({ $path } : { $why }) : écrivez de nouveau l’export avec `zdiag export DIR`
core-zendesk-export-bad-json = { $path } n’est pas du JSON valide : { $error }
core-zendesk-export-no-key = { $path } n’a pas de clé « { $key } » : ce n’est pas un corps { $key } de Zendesk
core-zendesk-export-no-address = l’export n’a pas d’adresse d’assistance { $id }
core-zendesk-export-no-search = un export ({ $dir }) ne contient aucune recherche de tickets
core-zendesk-export-no-ticket = l’export { $dir } ne contient pas le ticket { $id } : ajoutez-le avec `zdiag export --ticket { $id } { $dir }`
core-zendesk-export-no-comments = un export ({ $dir }) ne contient aucun commentaire de ticket
core-zendesk-export-no-notes = impossible d’ajouter des notes depuis un export ({ $dir }) : écrire demande l’API
core-zendesk-export-no-recover = impossible de récupérer des tickets suspendus depuis un export ({ $dir }) : la récupération demande l’API
core-zendesk-export-no-verify = impossible de demander à Zendesk une vérification depuis un export ({ $dir }) : la vérification demande l’API
core-zendesk-export-mkdir = impossible de créer le répertoire d’export { $dir } : { $error }
core-zendesk-export-write = impossible d’écrire { $path } : { $error }

# Valeurs que la ligne de commande refuse (clap les encadre).
core-ticket-id = '{ $input }' n’est pas un identifiant de ticket (indiquez le numéro dans l’URL du ticket, .../agent/tickets/12345)
core-timeout = '{ $input }' n’est pas un nombre de secondes entre 0 et 300 (indiquez par exemple --timeout 2.5)
core-resolver = '{ $input }' n’est pas un résolveur : { $why } (indiquez IP, IP:PORT ou [IPv6]:PORT, par exemple 192.0.2.53, 192.0.2.53:5353 ou [2001:db8::53]:53)
core-resolver-port = le port { $port } n’est pas un nombre de 0 à 65535
core-resolver-host = l’adresse n’est pas une adresse IP (les noms d’hôte ne sont pas acceptés)
core-resolver-ipv6 = la partie entre crochets n’est pas une adresse IPv6
core-resolver-not-ip = ce n’est pas une adresse IP (les noms d’hôte ne sont pas acceptés)
