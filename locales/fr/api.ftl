# api : la documentation des codes de résultat (`zdiag explain CODE`) : le titre, puis
# ce qu’il signifie et pourquoi c’est important, puis le correctif (vide pour un bon état).

zendesk-api-error = Vérification impossible : l’API Zendesk n’a pas répondu
    .meaning = Une requête à l’API Zendesk (ou un fichier de l’export) nécessaire à cette vérification n’a pas reçu de réponse exploitable : identifiants refusés (401), autorisation ou fonctionnalité de l’offre manquante (403), rien à cette adresse (404), limite de débit ou erreurs serveur qui ont persisté malgré les nouvelles tentatives, ou corps de réponse qui n’est pas le JSON attendu. Le message indique l’autorisation ou le paramètre manquant. Rien n’est conclu sur le compte : ce n’est pas un défaut de configuration du compte.
    .fix = Suivez les indications du message (activez l’accès par token, utilisez le token d’un administrateur, corrigez le sous-domaine), ou réessayez plus tard pour une erreur 429 ou 5xx.

zendesk-not-configured = Non vérifié : aucun accès à Zendesk
    .meaning = La vérification lit le compte Zendesk, et zdiag n’a reçu ni identifiants d’API ni répertoire d’export.
    .fix = Définissez ZENDESK_SUBDOMAIN, ZENDESK_EMAIL et ZENDESK_API_TOKEN (ou ZENDESK_OAUTH_TOKEN), ou indiquez --zendesk-export DIR.

zendesk-export-written = Fichier d’export écrit
    .meaning = `zdiag export` a écrit la réponse d’un endpoint dans le répertoire d’export, toutes les pages fusionnées, exactement telle que l’API l’a renvoyée. Le token et les identifiants ne sont jamais écrits. Les preuves donnent le fichier et le nombre d’éléments.
    .fix = {""}

zendesk-export-skipped = Fichier d’export non écrit
    .meaning = `zdiag export` n’a pas pu lire un endpoint (le message dit pourquoi) : ce fichier manque à l’export, et les vérifications qui en ont besoin le signaleront quand elles s’exécuteront sur l’export. Une autorisation ou une fonctionnalité de l’offre qui manque à l’utilisateur du token (403, 404) laisse un export partiel utilisable et donne un avertissement ; tout autre cas (identifiants refusés, limite de débit ou erreurs serveur qui ont persisté malgré les nouvelles tentatives, pas de connexion), ou aucun fichier écrit, est une erreur : l’export a échoué (code de sortie 3).
    .fix = Suivez le conseil du résultat selon son statut : attendez la fin d’une limite 429, réessayez plus tard après une erreur 5xx, corrigez les identifiants pour une erreur 401, utilisez le token d’un administrateur pour une erreur 403, ou acceptez que les vérifications qui ont besoin de ce fichier ne puissent pas s’exécuter hors ligne.

# Les messages des résultats (`.fix` : l’aide du résultat).

api-no-access = Non vérifié : cette vérification lit le compte Zendesk, et zdiag n’a ici ni accès à l’API ni export.
    .fix = Définissez { $credentials }, ou indiquez --zendesk-export DIR.
api-step-no-access = Non vérifié : cette étape lit le compte Zendesk, et zdiag n’a ici aucun accès à l’API. { $manual }
    .fix = Définissez { $credentials } pour que zdiag vérifie cette étape.
api-fix-unauthorized = Vérifiez ZENDESK_EMAIL et le token, et activez l’accès par token dans Centre d’administration > Applications et intégrations > API > API Zendesk.
api-fix-forbidden = Lancez zdiag avec le token d’un administrateur.
api-fix-not-found = Vérifiez le sous-domaine (ZENDESK_SUBDOMAIN ou --subdomain).
api-fix-retry-later = Réessayez dans quelques minutes.
api-fix-export = Écrivez de nouveau l’export avec `zdiag export DIR`.
api-fix-read-only = Lancez zdiag sur l’API plutôt que sur un export.
api-fix-conflict = Relancez zdiag : le ticket a été modifié entre-temps.
api-fix-report = Réessayez ; si le problème persiste, signalez le message avec la version de zdiag.
api-export-written = Écrit dans { $file } : { $what }.
api-export-skipped = Non écrit : { $message }
