# dmarc : la documentation des codes de résultat (`zdiag explain CODE`) : le titre, puis
# ce qu’il signifie et pourquoi c’est important, puis le correctif (vide pour un bon état).

dmarc-record-found = Enregistrement DMARC trouvé
    .meaning = Un seul enregistrement DMARC s’applique au domaine. Les preuves le montrent, ainsi que l’endroit où il a été trouvé : à `_dmarc.<domain>` même, ou sur un domaine parent atteint par le parcours de l’arborescence DNS de la RFC 9989 quand le domaine n’en a pas (c’est alors la politique `sp` du parent qui s’applique).
    .fix = {""}

dmarc-record-missing = Aucun enregistrement DMARC
    .meaning = Ni `_dmarc.<domain>` ni aucun parent atteint par le parcours de l’arborescence de la RFC 9989 ne contient d’enregistrement `v=DMARC1`. Les serveurs destinataires n’appliquent aucune politique DMARC, les e-mails usurpant le domaine ne sont pas bloqués, et Google et Yahoo exigent DMARC des expéditeurs en masse.
    .fix = Publiez un enregistrement TXT à `_dmarc.<domain>` : `v=DMARC1; p=none; rua=mailto:dmarc@<domain>`, lisez les rapports, puis passez à `p=quarantine` ou `p=reject`.

dmarc-domain-not-found = Le domaine n’existe pas
    .meaning = Le DNS a répondu NXDOMAIN pour le domaine et pour son nom `_dmarc` : ce domaine n’existe pas, il n’y a rien à vérifier.
    .fix = Vérifiez l’orthographe du domaine.

dmarc-multiple-records = Plusieurs enregistrements DMARC
    .meaning = Plusieurs enregistrements TXT à `_dmarc.<domain>` commencent par `v=DMARC1`. La RFC 9989 §4.10 impose aux serveurs destinataires de les ignorer tous : le domaine n’a donc pas de politique DMARC propre.
    .fix = Ne gardez qu’un enregistrement : regroupez-y les balises dont vous avez besoin et supprimez les autres.

dmarc-unrelated-txt = Enregistrements TXT sans rapport à _dmarc
    .meaning = `_dmarc.<domain>` contient des enregistrements TXT qui ne sont pas des enregistrements DMARC. Les serveurs destinataires devraient les ignorer, mais certains ne s’attendent pas à les y trouver ; checkdmarc le signale comme une erreur.
    .fix = Supprimez les enregistrements TXT de `_dmarc.<domain>` qui ne commencent pas par `v=DMARC1`.

dmarc-spf-at-dmarc = Un enregistrement SPF à _dmarc
    .meaning = `_dmarc.<domain>` répond avec un enregistrement SPF (`v=spf1`). En général, un caractère générique (wildcard) ou l’hébergeur DNS répond au nom `_dmarc` avec les enregistrements du domaine lui-même : aucun véritable enregistrement DMARC n’y est publié.
    .fix = Publiez un véritable enregistrement DMARC à `_dmarc.<domain>` et supprimez le texte SPF (ou le caractère générique) qui y répond.

dmarc-record-at-apex = Enregistrement DMARC sur le domaine au lieu de _dmarc
    .meaning = Un enregistrement TXT `v=DMARC1` est publié sur le domaine lui-même. Les serveurs destinataires ne lisent que `_dmarc.<domain>` : sans enregistrement à cet endroit, c’est un échec (la politique n’est jamais vue) ; à côté d’un enregistrement correct, il n’a aucun effet.
    .fix = Déplacez l’enregistrement vers `_dmarc.<domain>` (ou supprimez la copie sur le domaine quand `_dmarc` en a déjà un).

dmarc-leading-whitespace = L’enregistrement DMARC commence par une espace
    .meaning = Un enregistrement TXT à `_dmarc.<domain>` contient une espace avant `v=DMARC1`. Les serveurs destinataires ne retiennent que les enregistrements qui commencent exactement par la balise de version : ils l’ignorent.
    .fix = Supprimez l’espace au début de l’enregistrement.

dmarc-syntax-error = Erreur de syntaxe DMARC
    .meaning = L’enregistrement ne respecte pas la grammaire de la RFC 9989 (§4.8), ou une balise a une valeur qu’elle n’accepte pas (`p=block`, une option `fo` autre que 0/1/d/s, une adresse de rapport qui n’est pas une URI). Les serveurs destinataires peuvent ignorer l’enregistrement ou la balise : la politique voulue n’est pas appliquée.
    .fix = Corrigez la balise à la colonne indiquée ; les preuves citent l’enregistrement avec la position marquée.

dmarc-duplicate-tag = Une balise DMARC apparaît deux fois
    .meaning = La même balise est écrite deux fois (`p=reject; p=none`). L’enregistrement n’est pas valide, et les serveurs destinataires qui l’acceptent retiennent l’une des valeurs : impossible de prévoir quelle politique s’applique.
    .fix = Ne gardez qu’une occurrence de la balise, avec la valeur voulue.

dmarc-policy-enforced = Politique DMARC appliquée
    .meaning = La politique qui s’applique au domaine est `quarantine` ou `reject` : les serveurs destinataires bloquent les e-mails qui échouent à DMARC, ce qui protège le domaine contre l’usurpation, mais bloque aussi vos propres expéditeurs qui ne sont pas alignés.
    .fix = {""}

dmarc-policy-none = La politique DMARC est none (non appliquée)
    .meaning = La politique qui s’applique au domaine est `none` : les serveurs destinataires se contentent d’envoyer des rapports et livrent les e-mails qui échouent à DMARC. Le domaine n’est pas protégé contre l’usurpation.
    .fix = Quand les rapports agrégés montrent que tous vos expéditeurs (Zendesk compris) sont alignés, passez à `p=quarantine`, puis à `p=reject`.

dmarc-p-missing = Pas de balise p
    .meaning = L’enregistrement n’a pas de balise `p`. La RFC 9989 la considère comme `p=none`, mais la RFC 7489 rendait `p` obligatoire : les serveurs destinataires plus anciens ignorent tout l’enregistrement.
    .fix = Ajoutez `p=none` (ou la politique voulue) juste après `v=DMARC1`.

dmarc-p-not-first = p n’est pas la balise qui suit v
    .meaning = La RFC 9989 accepte les balises dans n’importe quel ordre, mais la RFC 7489 exigeait `p` juste après `v=DMARC1`, et certains serveurs destinataires plus anciens l’attendent encore à cet endroit.
    .fix = Placez `p=...` directement après `v=DMARC1;`.

dmarc-subdomain-policy-none = La politique des sous-domaines est none
    .meaning = L’enregistrement définit `sp=none` : les e-mails des sous-domaines qui échouent à DMARC sont livrés, si bien que n’importe qui peut usurper `nimporte-quoi.<domain>` même quand `p` est appliquée.
    .fix = Supprimez `sp=none` (les sous-domaines suivent alors `p`), ou définissez `sp=quarantine` ou `sp=reject`.

dmarc-testing = Mode test (t=y)
    .meaning = L’enregistrement contient `t=y` : les serveurs destinataires conformes à la RFC 9989 appliquent la politique immédiatement inférieure (`reject` comme `quarantine`, `quarantine` comme `none`). Cette balise remplace `pct=0` pour un déploiement progressif.
    .fix = Supprimez `t=y` quand les rapports montrent que vos expéditeurs sont alignés.

dmarc-pct-removed = Balise pct (supprimée par la RFC 9989)
    .meaning = La RFC 9989 a supprimé `pct` : les serveurs destinataires qui la suivent l’ignorent, tandis que ceux qui suivent la RFC 7489 n’appliquent la politique qu’à ce pourcentage des e-mails en échec. Le même enregistrement est lu de deux façons.
    .fix = Supprimez `pct` ; pour une phase de test, utilisez `t=y` plutôt qu’un pourcentage.

dmarc-removed-tag = Balise rf ou ri (supprimée par la RFC 9989)
    .meaning = La RFC 9989 a supprimé `rf` (format des rapports d’échec) et `ri` (intervalle des rapports agrégés) : les serveurs destinataires les ignorent ; la plupart envoyaient de toute façon des rapports agrégés quotidiens.
    .fix = Supprimez la balise ; elle n’a aucun effet.

dmarc-unknown-tag = Balise DMARC inconnue
    .meaning = L’enregistrement contient une balise que la RFC 9989 ne définit pas. Les serveurs destinataires l’ignorent (§4.8) : elle ne sert à rien, et c’est souvent une faute de frappe dans le nom d’une vraie balise.
    .fix = Supprimez la balise, ou corrigez son nom.

dmarc-invalid-value = Une valeur que les serveurs destinataires remplacent par la valeur par défaut
    .meaning = La valeur d’une balise n’est pas valide mais reste récupérable (`adkim=x`, `fo=0:1`, `pct=150`) : la RFC 9989 §4.8 impose aux serveurs destinataires de l’ignorer et d’utiliser la valeur par défaut, qui n’est peut-être pas celle que vous vouliez.
    .fix = Corrigez la valeur, ou supprimez la balise pour utiliser sciemment la valeur par défaut.

dmarc-no-rua = Aucune adresse pour les rapports agrégés
    .meaning = L’enregistrement n’a pas de balise `rua` : aucun serveur destinataire n’envoie de rapports agrégés. Vous ne pouvez pas voir qui envoie des e-mails au nom du domaine, ni si les e-mails de Zendesk sont alignés, avant de durcir la politique.
    .fix = Ajoutez `rua=mailto:dmarc-reports@<domain>` (ou l’adresse de votre service de rapports DMARC).

dmarc-too-many-uris = Plus de deux adresses de rapport
    .meaning = `rua` ou `ruf` contient plus de deux URI. Les serveurs destinataires peuvent limiter le nombre de destinations auxquelles ils envoient : les rapports destinés aux dernières peuvent être perdus.
    .fix = Gardez au plus deux adresses par balise.

dmarc-uri-not-mailto = Une URI de rapport qui n’est pas mailto:
    .meaning = La RFC 9989 accepte n’importe quelle URI, mais les serveurs destinataires ne sont tenus de prendre en charge que `mailto:` : la plupart ignorent les autres schémas, et ces rapports n’arrivent jamais.
    .fix = Utilisez une adresse `mailto:`.

dmarc-uri-size = Suffixe !size obsolète
    .meaning = Une URI de rapport se termine par `!size` (`!10m`). La RFC 9989 l’a rendu obsolète et les émetteurs de rapports l’ignorent ; les plus anciens peuvent encore en tenir compte et envoyer des rapports tronqués, voire aucun.
    .fix = Supprimez le suffixe `!size`.

dmarc-report-domain-no-mx = Le domaine d’une adresse de rapport n’a pas de MX
    .meaning = Le domaine d’une adresse de rapport `mailto:` n’a pas d’enregistrement MX (ou a un MX nul) : les rapports qui y sont envoyés sont rejetés.
    .fix = Publiez des enregistrements MX pour ce domaine, ou utilisez une adresse de rapport sur un domaine qui reçoit des e-mails.

dmarc-report-destination-verified = Destination de rapports externe autorisée
    .meaning = Une adresse de rapport est hors de l’organisation du domaine, et la destination publie `<domain>._report._dmarc.<destination>` (ou le caractère générique) avec `v=DMARC1` : les serveurs destinataires lui envoient les rapports (RFC 9990 §4).
    .fix = {""}

dmarc-report-destination-unverified = Destination de rapports externe non autorisée
    .meaning = Une adresse de rapport est hors de l’organisation du domaine, et son domaine ne publie pas `<domain>._report._dmarc.<destination>` TXT `v=DMARC1` (ni le caractère générique `*._report._dmarc`). Les serveurs destinataires doivent le vérifier (RFC 9990 §4) et n’y envoient aucun rapport.
    .fix = Demandez à la destination des rapports (votre service DMARC) de publier l’enregistrement d’autorisation pour votre domaine, ou utilisez une adresse sur votre propre domaine.

dmarc-psd-record-applies = L’enregistrement d’un suffixe public s’applique
    .meaning = Ni le domaine ni son domaine organisationnel ne publient d’enregistrement DMARC ; le parcours de l’arborescence a atteint l’enregistrement de l’opérateur d’un suffixe public (`psd=y`) : c’est la politique de cet opérateur qui s’applique à vos e-mails.
    .fix = Publiez votre propre enregistrement à `_dmarc.<domaine organisationnel>`.

dmarc-dns-error = Vérification impossible : échec DNS
    .meaning = Une requête DNS nécessaire à la vérification DMARC n’a pas reçu de réponse exploitable (délai dépassé, SERVFAIL, REFUSED). Rien ne peut être conclu : ce n’est pas un enregistrement manquant. Les serveurs destinataires confrontés au même échec peuvent différer la livraison.
    .fix = Vérifiez que les serveurs de noms du domaine répondent (`dig TXT _dmarc.<domain> @<server>`), ou réessayez avec `--resolver` pointant vers un autre résolveur.

dmarc-zendesk-aligned = Les e-mails de Zendesk passent DMARC par SPF et DKIM
    .meaning = La politique est appliquée et les deux chemins de DMARC sont en place pour Zendesk : l’enregistrement SPF autorise mail.zendesk.com, et les CNAME `zendesk1/2._domainkey` sont publiés. Les réponses des agents passent DMARC même quand elles sont transférées, à condition que la signature DKIM de votre domaine soit activée dans le Centre d’administration.
    .fix = {""}

dmarc-zendesk-one-path = Les e-mails de Zendesk ne passent DMARC que par un seul chemin
    .meaning = La politique est appliquée et un seul des chemins de DMARC est en place pour Zendesk. SPF seul échoue quand un destinataire transfère l’e-mail ; DKIM seul échoue si la signature DKIM de votre domaine est désactivée dans le Centre d’administration, ce que zdiag ne peut pas voir sans accès à l’API.
    .fix = Ajoutez le chemin manquant : `include:mail.zendesk.com` dans l’enregistrement SPF, ou les deux CNAME `zendesk1._domainkey` et `zendesk2._domainkey` ainsi que la signature DKIM de votre domaine dans le Centre d’administration.

dmarc-zendesk-unaligned = Les e-mails de Zendesk échouent à DMARC
    .meaning = La politique est `quarantine` ou `reject`, mais aucun chemin n’est en place : l’enregistrement SPF n’autorise pas mail.zendesk.com, et les CNAME DKIM de Zendesk sont absents. Les destinataires mettent en quarantaine ou rejettent les réponses des agents envoyées depuis vos adresses d’assistance.
    .fix = Ajoutez `include:mail.zendesk.com` à l’enregistrement SPF, publiez les CNAME `zendesk1._domainkey` et `zendesk2._domainkey` et activez la signature DKIM de votre domaine dans le Centre d’administration.

dmarc-zendesk-unenforced = Alignement de Zendesk sous une politique non appliquée
    .meaning = La politique est `none` : DMARC ne bloque rien de ce qu’envoie Zendesk. Le message indique ce qu’il adviendrait des réponses des agents une fois la politique passée à `quarantine` ou `reject`.
    .fix = Avant d’appliquer la politique, mettez les deux chemins en place : `include:mail.zendesk.com` dans SPF, et les deux CNAME DKIM de Zendesk avec la signature DKIM de votre domaine activée.

dmarc-zendesk-unknown = Impossible de vérifier l’alignement de Zendesk
    .meaning = La politique est appliquée, mais impossible de déterminer si le chemin SPF ou DKIM de Zendesk est en place (échec DNS, ou la vérification n’a pas pu s’exécuter) : zdiag ne peut pas dire si les destinataires acceptent les réponses des agents.
    .fix = Réessayez avec un `--resolver` qui fonctionne ; lancez `zdiag spf` et `zdiag dkim` pour le détail.

# Les messages des résultats (`.fix` : l’aide du résultat), dans l’ordre de diags.rs.

dmarc-nxdomain = { $domain } n’existe pas (NXDOMAIN).
dmarc-none-walked = Aucun enregistrement DMARC ne s’applique à { $domain } : aucun à _dmarc.{ $domain } ni sur ses domaines parents.
dmarc-none-at-name = Aucun enregistrement DMARC à _dmarc.{ $domain }.
    .fix = Publiez un enregistrement TXT à _dmarc.{ $domain } : v=DMARC1; p=none; rua=mailto:dmarc@{ $domain }
dmarc-psd-applies = Aucun enregistrement sur { $org }, le domaine organisationnel : c’est l’enregistrement du suffixe public { $location } (psd=y) qui s’applique.
    .fix = Publiez votre propre enregistrement à _dmarc.{ $org }.
dmarc-whitespace = Un enregistrement à _dmarc.{ $domain } commence par une espace avant v=DMARC1 : les serveurs destinataires l’ignorent.
    .fix = Supprimez l’espace au début.
dmarc-spf-answers = { $name } répond avec un enregistrement SPF là où devrait se trouver l’enregistrement DMARC.
    .fix = Publiez l’enregistrement DMARC à { $name } et supprimez le texte SPF (ou le caractère générique) qui y répond.
dmarc-unrelated = { $name } contient { $count ->
        [one] { $count } enregistrement TXT qui n’est pas un enregistrement DMARC
       *[other] { $count } enregistrements TXT qui ne sont pas des enregistrements DMARC
    }.
    .fix = Supprimez les enregistrements TXT de { $name } qui ne commencent pas par v=DMARC1.
dmarc-several = _dmarc.{ $domain } contient { $count } enregistrements DMARC ; les serveurs destinataires les ignorent tous (RFC 9989 §4.10).
    .fix = Gardez un seul enregistrement et supprimez les autres.
dmarc-apex-useless = Un enregistrement DMARC sur { $domain } même n’a aucun effet ; les serveurs destinataires lisent _dmarc.{ $domain }.
    .fix = Supprimez l’enregistrement v=DMARC1 de { $domain }.
dmarc-apex-only = L’enregistrement DMARC est sur { $domain } ; il doit se trouver à _dmarc.{ $domain } : les serveurs destinataires ne le voient jamais.
    .fix = Déplacez l’enregistrement vers _dmarc.{ $domain }.
dmarc-own-record = L’enregistrement DMARC à _dmarc.{ $domain } s’applique.
dmarc-parent-record = Aucun enregistrement à _dmarc.{ $domain } : c’est l’enregistrement de { $location } qui s’applique (trouvé par le parcours de l’arborescence de la RFC 9989 ; sa politique des sous-domaines régit { $domain }).
dmarc-syntax = Erreur de syntaxe dans l’enregistrement DMARC de { $subject } : { $error }
dmarc-keep-one-tag = Ne gardez qu’une balise `{ $tag }`, avec la valeur voulue.
dmarc-correct-record = Corrigez l’enregistrement à la colonne { $column }.
dmarc-correct-tag = Corrigez la balise `{ $tag }` à la colonne { $column }.
dmarc-no-p = L’enregistrement n’a pas de balise p : les serveurs destinataires conformes à la RFC 9989 le lisent comme p=none ; ceux qui suivent la RFC 7489 ignorent l’enregistrement.
    .fix = Ajoutez p=none (ou la politique voulue) juste après v=DMARC1.
dmarc-p-late = p n’est pas la balise qui suit immédiatement v=DMARC1 ; certains serveurs destinataires plus anciens l’attendent à cet endroit.
    .fix = Placez p=... directement après v=DMARC1;.
dmarc-source-parent = { $tag }={ $policy } (hérité de { $location })
dmarc-enforced = Politique { $policy } pour { $domain } ({ $source }) : les serveurs destinataires { $action ->
        [reject] rejettent
       *[other] mettent en quarantaine
    } les e-mails qui échouent à DMARC.
dmarc-unenforced = DMARC n’est pas appliqué pour { $domain } ({ $source }) : les serveurs destinataires livrent les e-mails qui échouent à DMARC.
    .fix = Quand les rapports montrent que vos expéditeurs (Zendesk compris) sont alignés, passez à p=quarantine, puis à p=reject.
dmarc-unenforced-lowered = DMARC n’est pas appliqué pour { $domain } ({ $source }, abaissée par t=y) : les serveurs destinataires livrent les e-mails qui échouent à DMARC.
dmarc-sp-none = sp=none : les e-mails des sous-domaines de { $location } qui échouent à DMARC sont livrés.
    .fix = Supprimez sp=none, ou définissez sp=quarantine ou sp=reject.
dmarc-testing-lowers = t=y (test) : les serveurs destinataires appliquent { $applied } au lieu de { $written }.
    .fix = Supprimez t=y quand les rapports montrent que vos expéditeurs sont alignés.
dmarc-testing-idle = t=y (test) : la politique est déjà none, cela ne change donc rien pour l’instant ; supprimez t=y quand vous appliquerez la politique.
dmarc-pct-partial = { $written } : les serveurs destinataires conformes à la RFC 9989 l’ignorent (politique complète), ceux qui suivent la RFC 7489 appliquent la politique à { $percent } % des e-mails en échec.
    .fix = Supprimez pct ; utilisez t=y pour une phase de test.
dmarc-pct-ignored = { $written } : la RFC 9989 a supprimé pct ; les serveurs destinataires qui la suivent l’ignorent.
dmarc-tag-removed = { $written } : la RFC 9989 a supprimé `{ $tag }` ; les serveurs destinataires l’ignorent.
    .fix = Supprimez la balise `{ $tag }`.
dmarc-tag-unknown = Balise inconnue `{ $tag }` : les serveurs destinataires l’ignorent.
dmarc-value-invalid = Corrigez la valeur de `{ $tag }`, ou supprimez la balise.
dmarc-rua-missing = Pas de balise rua : aucun serveur destinataire n’envoie de rapports agrégés, vous ne pouvez donc pas voir qui envoie des e-mails au nom du domaine.
    .fix = Ajoutez rua=mailto:dmarc-reports@{ $location } (ou l’adresse de votre service de rapports).
dmarc-uris = { $tag } contient { $count } URI ; les serveurs destinataires peuvent n’envoyer qu’aux deux premières.
    .fix = Gardez au plus deux adresses { $tag }.
dmarc-not-mailto = L’URI { $tag } { $uri } utilise { $scheme } : les serveurs destinataires ne sont tenus de prendre en charge que mailto:, la plupart l’ignorent donc.
    .fix = Utilisez une adresse mailto:.
dmarc-size = L’URI { $tag } { $uri } a la limite de taille obsolète !{ $size } ; les émetteurs de rapports conformes à la RFC 9989 l’ignorent.
    .fix = Supprimez !{ $size } de l’adresse.
dmarc-report-no-mx = Le domaine de rapport { $dest } n’a pas d’enregistrement MX ({ $why }) : les rapports qui y sont envoyés sont rejetés.
    .fix = Publiez des enregistrements MX pour { $dest }, ou utilisez une adresse de rapport sur un domaine qui reçoit des e-mails.
dmarc-report-null-mx = Le domaine de rapport { $dest } n’a pas d’enregistrement MX (un MX nul, qui n’accepte aucun e-mail) : les rapports qui y sont envoyés sont rejetés.
dmarc-destination-ok = La destination de rapports externe { $dest } accepte les rapports pour { $location } ({ $at }).
dmarc-destination-unauthorised = { $dest } n’indique pas qu’elle accepte les rapports DMARC pour { $location } : les serveurs destinataires ne lui en envoient aucun.
    .fix = Demandez à { $dest } de publier { $specific } TXT "v=DMARC1", ou utilisez une adresse de rapport sur { $location }.
dmarc-strict-spf = aspf=s : SPF n’est aligné que si le domaine d’enveloppe est exactement le domaine de l’adresse De. Zendesk envoie avec le domaine de l’adresse d’assistance : les adresses @{ $domain } sont alignées, mais une adresse De sur un sous-domaine de { $domain } ne le serait pas.
dmarc-strict-dkim = adkim=s : DKIM n’est aligné que si d= est exactement le domaine de l’adresse De. Zendesk signe avec d={ $domain } lui-même : l’alignement DKIM strict est respecté.
dmarc-forecast-unknown = impossible de savoir s’ils passeraient une fois la politique appliquée ({ $details })
dmarc-forecast-both = avec quarantine ou reject, ils passeraient par SPF et DKIM
dmarc-forecast-spf = avec quarantine ou reject, ils ne passeraient que par SPF ({ $dkim }) : les e-mails transférés échoueraient
dmarc-forecast-dkim = avec quarantine ou reject, ils ne passeraient que par DKIM ({ $spf }), si la signature DKIM de votre domaine est activée
dmarc-forecast-neither = avec quarantine ou reject, les destinataires bloqueraient les réponses des agents : { $spf } ; { $dkim }
dmarc-zendesk-not-blocked = Politique none : DMARC ne bloque pas les e-mails de Zendesk pour { $domain } ; { $forecast }.
    .fix = Avant d’appliquer la politique, ajoutez include:mail.zendesk.com à SPF et les deux CNAME DKIM de Zendesk, puis activez la signature DKIM de votre domaine.
dmarc-path-spf-unknown = le chemin SPF ({ $detail })
dmarc-path-dkim-unknown = le chemin DKIM ({ $detail })
dmarc-paths-unknown = le chemin SPF ({ $spf }) et le chemin DKIM ({ $dkim })
dmarc-zendesk-undetermined = Impossible de vérifier si les e-mails de Zendesk passent DMARC ({ $policy }) pour { $domain } : impossible de déterminer { $which }.
    .fix = Réessayez avec un --resolver qui fonctionne ; lancez zdiag spf et zdiag dkim pour le détail.
dmarc-zendesk-both-paths = Les e-mails de Zendesk pour { $domain } passent DMARC ({ $policy }) par SPF et DKIM. DKIM exige aussi que la signature DKIM de votre domaine soit activée dans le Centre d’administration, ce que zdiag ne peut pas voir sans accès à l’API.
dmarc-zendesk-spf-only = Les e-mails de Zendesk pour { $domain } ne passent DMARC ({ $policy }) que par SPF ({ $dkim }) : quand un destinataire les transfère, SPF échoue et l’e-mail est { $action ->
        [reject] rejeté
       *[other] mis en quarantaine
    }.
    .fix = Publiez zendesk1._domainkey.{ $domain } et zendesk2._domainkey.{ $domain } comme CNAME vers les clés de Zendesk, puis activez la signature DKIM de votre domaine dans le Centre d’administration.
dmarc-zendesk-dkim-only = Les e-mails de Zendesk pour { $domain } ne passent DMARC ({ $policy }) que par DKIM ({ $spf }) : si la signature DKIM de votre domaine est désactivée dans le Centre d’administration (zdiag ne peut pas le voir sans accès à l’API), les réponses des agents sont { $action ->
        [reject] rejetées
       *[other] mises en quarantaine
    }.
    .fix = Ajoutez include:mail.zendesk.com à l’enregistrement SPF de { $domain }, et vérifiez que la signature DKIM de votre domaine est activée.
dmarc-zendesk-fails = Les e-mails de Zendesk pour { $domain } échouent à DMARC : avec p={ $policy }, les destinataires { $action ->
        [reject] rejetteront
       *[other] mettront en quarantaine
    } les réponses des agents ({ $spf } ; { $dkim }).
    .fix = Ajoutez include:mail.zendesk.com à l’enregistrement SPF de { $domain }, et publiez les deux CNAME DKIM de Zendesk avec la signature DKIM de votre domaine activée.

# Les erreurs de l’analyseur d’enregistrements (src/dmarc), citées dans les résultats de syntaxe.

dmarc-parse-at = { $message } à la colonne { $column } (balise `{ $tag }`)
dmarc-parse-empty = l’enregistrement est vide ; il doit commencer par v=DMARC1
dmarc-parse-leading-whitespace = l’enregistrement commence par une espace ; il doit commencer par v=DMARC1
dmarc-parse-not-version = un enregistrement DMARC doit commencer par v=DMARC1
dmarc-parse-version-equals = `=` attendu après `v`
dmarc-parse-version-case = la version est sensible à la casse : elle doit être exactement DMARC1
dmarc-parse-version = la version doit être DMARC1
dmarc-parse-version-semicolon = `;` attendu après v=DMARC1
dmarc-parse-semicolon = `;` attendu après la balise `{ $tag }`
dmarc-parse-empty-tag = balise vide : deux `;` à la suite
dmarc-parse-tag-name = nom de balise attendu (lettres uniquement)
dmarc-parse-equals = `=` attendu après le nom de balise `{ $tag }`
dmarc-parse-empty-value = la balise `{ $tag }` a une valeur vide
dmarc-parse-character = caractère { $character } non valide dans la valeur de `{ $tag }` (ASCII imprimable uniquement)
dmarc-parse-duplicate = la balise `{ $tag }` apparaît plusieurs fois
dmarc-parse-policy-value = `{ $tag }={ $value }` : la valeur doit être none, quarantine ou reject
dmarc-parse-psd-value = `{ $tag }={ $value }` : la valeur doit être y, n ou u
dmarc-parse-t-value = `{ $tag }={ $value }` : la valeur doit être y ou n
dmarc-parse-alignment = `{ $tag }={ $value }` n’est ni r ni s ; les serveurs destinataires utilisent la valeur par défaut, r (souple)
dmarc-parse-pct = `pct={ $value }` n’est pas un nombre entier de 0 à 100 ; les serveurs destinataires qui suivent la RFC 7489 utilisent 100
dmarc-parse-ri = `ri={ $value }` n’est pas un nombre de secondes ; les serveurs destinataires qui suivent la RFC 7489 utilisent 86400
dmarc-parse-fo-option = `{ $option }` n’est pas une option fo (0, 1, d ou s)
dmarc-parse-fo-conflict = `fo={ $value }` n’est pas valide (0 et 1 s’excluent) ; les serveurs destinataires utilisent la valeur par défaut, fo=0
dmarc-parse-fo-repeated = `fo={ $value }` n’est pas valide (une option apparaît deux fois) ; les serveurs destinataires utilisent la valeur par défaut, fo=0
dmarc-parse-uri-empty = URI vide dans la liste `{ $tag }`
dmarc-parse-not-uri = `{ $uri }` n’est pas une URI : écrivez mailto:adresse@domaine
dmarc-parse-scheme = `{ $uri }` n’a pas de schéma d’URI valide : écrivez mailto:adresse@domaine
dmarc-parse-uri-empty-scheme = `{ $uri }` est une URI { $scheme } vide
dmarc-parse-uri-character = `{ $uri }` contient un caractère interdit dans une URI
dmarc-parse-size = `!{ $size }` n’est pas une limite de taille (des chiffres et éventuellement k, m, g ou t)
dmarc-parse-no-at = `{ $uri }` : une URI mailto doit contenir une adresse avec `@`
dmarc-parse-empty-local = `{ $uri }` : la partie locale de l’adresse est vide
dmarc-parse-domain = `{ $domain }` n’est pas un domaine de messagerie valide
