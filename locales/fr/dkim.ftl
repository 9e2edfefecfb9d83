# dkim : la documentation des codes (`zdiag explain CODE`) : le titre, puis ce que
# le code signifie et pourquoi c’est important, puis le correctif (vide pour un bon état).

dkim-zendesk-cnames = Les CNAME DKIM de Zendesk sont en place
    .meaning = `zendesk1._domainkey.<domain>` et `zendesk2._domainkey.<domain>` sont des CNAME vers `zendesk1._domainkey.zendesk.com` et `zendesk2._domainkey.zendesk.com` : Zendesk peut signer vos e-mails avec votre domaine, et la rotation trimestrielle de ses clés ne demande aucun changement de votre côté. La signature nécessite aussi que « Domaine personnalisé pour DKIM » soit activé dans le Centre d’administration (Canaux > Talk et e-mail > E-mail), ce que le DNS ne peut pas montrer.
    .fix = {""}

dkim-zendesk-missing = Les CNAME DKIM de Zendesk sont absents
    .meaning = Ni `zendesk1._domainkey.<domain>` ni `zendesk2._domainkey.<domain>` n’existe. Zendesk signe alors vos e-mails avec son propre domaine : DMARC ne peut pas s’aligner par DKIM et repose sur SPF seul. Activer « Domaine personnalisé pour DKIM » avant que les CNAME existent fait signer Zendesk avec des clés que les destinataires ne trouvent pas : la livraison des e-mails échoue.
    .fix = Ajoutez les CNAME `zendesk1._domainkey.<domain>` → `zendesk1._domainkey.zendesk.com` et `zendesk2._domainkey.<domain>` → `zendesk2._domainkey.zendesk.com`, attendez qu’ils soient résolus, puis activez « Domaine personnalisé pour DKIM » dans le Centre d’administration.

dkim-zendesk-partial = L’un des deux CNAME DKIM de Zendesk est absent
    .meaning = Un sélecteur Zendesk est publié et l’autre non. Zendesk signe avec les deux (il passe de l’un à l’autre lors de la rotation des clés) : les e-mails signés avec le sélecteur absent échouent à DKIM, et activer « Domaine personnalisé pour DKIM » provoque des échecs de livraison.
    .fix = Ajoutez le CNAME manquant : `zendeskN._domainkey.<domain>` → `zendeskN._domainkey.zendesk.com`.

dkim-zendesk-wrong-target = Un CNAME DKIM de Zendesk pointe vers le mauvais nom
    .meaning = `zendeskN._domainkey.<domain>` est un CNAME, mais pas vers `zendeskN._domainkey.zendesk.com` (une faute de frappe, la clé de l’autre sélecteur, ou un nom où le domaine est ajouté deux fois). Les destinataires cherchent une clé qui n’est pas celle de Zendesk : les signatures de Zendesk échouent.
    .fix = Faites pointer le CNAME vers `zendeskN._domainkey.zendesk.com` (le même N que le sélecteur).

dkim-zendesk-pasted-key = Clé de Zendesk collée au lieu du CNAME
    .meaning = Un sélecteur Zendesk contient un enregistrement de clé TXT au lieu d’un CNAME vers Zendesk. Cela ne fonctionne que tant qu’il correspond à la clé publiée par Zendesk : Zendesk change ses clés chaque trimestre, et les e-mails échouent à DKIM dès la rotation suivante.
    .fix = Remplacez l’enregistrement TXT par un CNAME vers `zendeskN._domainkey.zendesk.com`.

dkim-zendesk-pasted-key-stale = Une clé Zendesk collée est périmée
    .meaning = Un sélecteur Zendesk contient un enregistrement de clé TXT au lieu d’un CNAME, et il diffère de la clé que Zendesk publie aujourd’hui (Zendesk a changé de clé depuis la copie). Les signatures de Zendesk avec ce sélecteur échouent à DKIM.
    .fix = Remplacez l’enregistrement TXT par un CNAME vers `zendeskN._domainkey.zendesk.com`.

dkim-key-ok = Clé DKIM utilisable
    .meaning = Le sélecteur mène à un seul enregistrement de clé bien formé, avec une clé RSA d’au moins 2048 bits ou une clé Ed25519. Les preuves montrent l’enregistrement, le type de clé et sa taille.
    .fix = {""}

dkim-key-missing = Aucun enregistrement de clé DKIM
    .meaning = Le nom du sélecteur (ou le nom vers lequel pointe son CNAME) ne contient aucun enregistrement de clé DKIM : les signatures faites avec ce sélecteur ne peuvent pas être vérifiées et échouent à DKIM.
    .fix = Publiez la clé du sélecteur sous forme d’enregistrement TXT (`v=DKIM1; k=rsa; p=...`) telle que la fournit le service d’envoi, ou corrigez le nom du sélecteur.

dkim-key-multiple = Plusieurs enregistrements de clé DKIM pour un même sélecteur
    .meaning = Plus d’un enregistrement de clé TXT est publié pour le sélecteur. Les vérificateurs en utilisent un seul (la RFC 6376 ne dit pas lequel) : les signatures échouent chaque fois que l’autre est choisi.
    .fix = Gardez exactement un enregistrement de clé par sélecteur.

dkim-key-revoked = Clé DKIM révoquée
    .meaning = Le `p=` de l’enregistrement de clé est vide, ce que la RFC 6376 §3.6.1 définit comme une clé révoquée : toutes les signatures avec ce sélecteur échouent.
    .fix = Publiez la clé actuelle, ou cessez de signer avec ce sélecteur.

dkim-key-too-short = Clé RSA de moins de 1024 bits
    .meaning = La clé RSA fait moins de 1024 bits. La RFC 8301 interdit de vérifier avec de telles clés, et Gmail, Microsoft et Yahoo considèrent ces signatures comme en échec.
    .fix = Générez une clé de 2048 bits et publiez-la sous un nouveau sélecteur.

dkim-key-weak = Clé RSA de moins de 2048 bits
    .meaning = La clé RSA fait au moins 1024 bits, mais moins de 2048. Elle est vérifiée aujourd’hui, mais 2048 bits est la taille recommandée (RFC 8301) et certains destinataires notent déjà moins bien les clés de 1024 bits.
    .fix = Passez à une clé de 2048 bits : publiez-la sous un nouveau sélecteur, basculez la signature, puis retirez l’ancien sélecteur.

dkim-key-testing = Clé DKIM en mode test
    .meaning = L’enregistrement de clé contient `t=y` : le domaine déclare tester DKIM, et les destinataires peuvent traiter ses signatures comme non vérifiées (RFC 6376 §3.6.1).
    .fix = Retirez `y` de la balise `t=` une fois que la signature fonctionne.

dkim-key-unknown-tag = Balise inconnue dans un enregistrement de clé DKIM
    .meaning = L’enregistrement de clé contient une balise que la RFC 6376 §3.6.1 ne définit pas. Les vérificateurs l’ignorent, elle ne sert donc à rien ; c’est souvent une faute de frappe dans le nom d’une vraie balise.
    .fix = Supprimez la balise, ou corrigez son nom (v, h, k, n, p, s, t).

dkim-key-invalid = Données de clé DKIM inutilisables
    .meaning = La valeur `p=` est du base64 valide, mais pas une clé du type déclaré (une clé RSA tronquée ou corrompue, une clé Ed25519 qui ne fait pas 32 octets, une clé d’un type déclarée comme d’un autre), ou `k=` nomme un type que les vérificateurs ne connaissent pas. Les signatures avec ce sélecteur échouent.
    .fix = Publiez à nouveau la clé, copiée en entier depuis le service d’envoi, avec le bon `k=`.

dkim-syntax-error = Erreur de syntaxe dans l’enregistrement de clé DKIM
    .meaning = L’enregistrement de clé ne respecte pas la RFC 6376 §3.6.1 (un `v=` incorrect, un `v=` qui n’est pas en premier, une balise en double, un base64 invalide, un `p=` absent) : les vérificateurs ignorent l’enregistrement et les signatures échouent. Les preuves marquent la position.
    .fix = Corrigez l’enregistrement à la colonne indiquée.

dkim-legacy-cnames = Anciens CNAME zendeskN
    .meaning = Le domaine publie des CNAME `zendesk1..4.<domain>` vers `mail1..4.zendesk.com`, présents dans d’anciennes configurations Zendesk. Le DKIM actuel de Zendesk n’utilise que les CNAME `_domainkey` ; ceux-ci ne font aucun mal.
    .fix = {""}

dkim-dns-error = Vérification impossible : échec DNS
    .meaning = Une requête DNS nécessaire à la vérification DKIM n’a obtenu aucune réponse exploitable (délai dépassé, SERVFAIL, REFUSED). Rien ne peut être conclu : ce n’est pas un enregistrement absent.
    .fix = Vérifiez que les serveurs de noms du domaine répondent (`dig CNAME zendesk1._domainkey.<domain> @<server>`), ou réessayez avec `--resolver` pointant vers un autre résolveur.

# dkim : les textes des constats, et ce que dit le chemin DKIM de DMARC.

dkim-txt-not-a-key = des enregistrements TXT, dont aucun n’est une clé DKIM
dkim-path-lookup-failed = { $question } a obtenu { $answer }
dkim-path-key-unusable = la clé derrière { $name } n’est pas utilisable
dkim-path-wrong-target = { $name } pointe vers { $target }, et non vers { $expected }
dkim-path-not-a-cname = { $name } n’est pas un CNAME vers { $expected }
dkim-path-ready = zendesk1._domainkey.{ $domain } et zendesk2._domainkey.{ $domain } pointent vers les clés de Zendesk ; le paramètre « Domaine personnalisé pour DKIM » du Centre d’administration doit aussi être activé, ce que le DNS ne peut pas montrer

dkim-wrong-target-message = { $name } est un CNAME vers { $target }, et non vers la clé de Zendesk à { $expected } : les destinataires ne peuvent pas vérifier les signatures de Zendesk avec ce sélecteur.
dkim-wrong-target-help = Modifiez le CNAME { $name } pour qu’il pointe vers { $expected }.
dkim-zendesk-missing-message = Ni zendesk1._domainkey.{ $domain } ni zendesk2._domainkey.{ $domain } n’existe : Zendesk signe vos e-mails avec son propre domaine, DMARC ne peut donc pas s’aligner par DKIM. N’activez pas « Domaine personnalisé pour DKIM » avant qu’ils existent : la livraison des e-mails échouerait.
dkim-zendesk-missing-help = Ajoutez les deux enregistrements CNAME zendesk1._domainkey.{ $domain } et zendesk2._domainkey.{ $domain } pointant vers zendesk1._domainkey.zendesk.com et zendesk2._domainkey.zendesk.com, puis activez « Domaine personnalisé pour DKIM » dans le Centre d’administration.
dkim-zendesk-partial-message = { $name } est absent alors que l’autre sélecteur Zendesk est publié : Zendesk a besoin des deux, et les e-mails qu’il signe avec ce sélecteur échouent à DKIM (activer « Domaine personnalisé pour DKIM » maintenant provoque des échecs de livraison).
dkim-zendesk-partial-help = Ajoutez l’enregistrement CNAME { $name } pointant vers { $expected }.
dkim-zendesk-cnames-message = zendesk1._domainkey.{ $domain } et zendesk2._domainkey.{ $domain } sont des CNAME vers les clés de Zendesk, qui suivent sa rotation trimestrielle. « Domaine personnalisé pour DKIM » doit aussi être activé dans le Centre d’administration ; le DNS ne peut pas le montrer.
dkim-pasted-key-help = Remplacez l’enregistrement TXT à { $name } par un CNAME vers { $expected }.
dkim-pasted-key-stale-message = { $name } contient la copie d’une clé au lieu d’un CNAME vers { $expected }, et ce n’est pas la clé que Zendesk publie aujourd’hui : les signatures de Zendesk avec ce sélecteur échouent à DKIM.
dkim-pasted-key-message = { $name } contient une copie de la clé de Zendesk au lieu d’un CNAME vers { $expected } : cela fonctionne jusqu’à ce que Zendesk change ses clés (chaque trimestre), puis DKIM échoue.

dkim-key-missing-message = Aucun enregistrement de clé DKIM à { $name } ({ $answer }) : les signatures avec ce sélecteur ne peuvent pas être vérifiées.
dkim-key-missing-help = Publiez la clé du sélecteur sous forme d’enregistrement TXT à { $name } (`v=DKIM1; k=rsa; p=...`), telle que la fournit le service d’envoi.
dkim-key-multiple-message = { $name } contient { $count } enregistrements de clé DKIM ; les vérificateurs peuvent utiliser n’importe lequel, les signatures peuvent donc échouer.
dkim-key-multiple-help = Gardez un seul enregistrement de clé par sélecteur.
dkim-syntax-error-message = Erreur de syntaxe dans l’enregistrement de clé DKIM à { $name } : { $error }
dkim-syntax-error-help = Corrigez l’enregistrement à la colonne { $column } : { $message }.
dkim-key-revoked-message = La clé à { $name } est révoquée (`p=` vide) : toutes les signatures avec ce sélecteur échouent.
dkim-key-invalid-message = La clé à { $name } n’est pas une clé { $key_type } valide : { $why }.
dkim-key-invalid-help = Publiez à nouveau la clé, copiée en entier depuis le service d’envoi.
dkim-key-unknown-type-message = La clé à { $name } est de type `k={ $kind }`, que les vérificateurs ne connaissent pas (rsa ou ed25519) : ils l’ignorent.
dkim-key-unknown-type-help = Indiquez `k=rsa` (ou `k=ed25519`) selon le type de la clé.
dkim-key-too-short-message = La clé RSA à { $name } fait { $bits } bits ; les destinataires rejettent les signatures faites avec des clés de moins de 1024 bits (RFC 8301).
dkim-key-weak-message = La clé RSA à { $name } fait { $bits } bits ; elle fonctionne, mais 2048 bits est le minimum recommandé.
dkim-key-weak-help = Passez à une clé de 2048 bits (un nouveau sélecteur, puis retirez celui-ci).
dkim-key-ok-rsa-message = { $name } publie une clé RSA de { $bits } bits.
dkim-key-ok-ed25519-message = { $name } publie une clé Ed25519.
dkim-key-testing-message = La clé à { $name } est en mode test (`t=y`) : les destinataires peuvent ignorer ses résultats.
dkim-key-unknown-tag-message = La clé à { $name } contient une ou plusieurs balises que la RFC 6376 ne définit pas ; les vérificateurs les ignorent : { $tags }.
dkim-key-unknown-tag-help = Supprimez les balises inconnues, ou corrigez leur nom (v, h, k, n, p, s, t).
dkim-legacy-cnames-message = { $count ->
        [one] { $count } ancien CNAME zendeskN est publié (vers mailN.zendesk.com) ; la configuration actuelle de Zendesk ne l’utilise pas et DKIM n’en dépend pas.
       *[other] { $count } anciens CNAME zendeskN sont publiés (vers mailN.zendesk.com) ; la configuration actuelle de Zendesk ne les utilise pas et DKIM n’en dépend pas.
    }
dkim-legacy-dns-error-message = Impossible de vérifier les anciens CNAME zendeskN : { $count ->
        [one] { $count } requête n’a obtenu aucune réponse.
       *[other] { $count } requêtes n’ont obtenu aucune réponse.
    }
dkim-legacy-dns-error-help = Vérifiez que les serveurs de noms du domaine répondent, ou réessayez avec --resolver.

# dkim : les erreurs de l’analyseur des enregistrements de clé (src/dkim), citées dans les
# constats de syntaxe et de clé.

dkim-parse-error-in-tag = { $message } (balise `{ $tag }`, colonne { $column })
dkim-parse-error = { $message } (colonne { $column })
dkim-parse-duplicate-tag = balise `{ $tag }` en double
dkim-parse-version-not-first = `v=` doit être la première balise
dkim-parse-wrong-version = la version est `{ $version }`, et non `{ $expected }`
dkim-parse-empty-key-type = `k=` est vide
dkim-parse-missing-p = la balise obligatoire `p=` (la clé publique) est absente
dkim-parse-not-a-pair = `{ $spec }` n’est pas une paire `tag=value`
dkim-parse-bad-tag-name = `{ $name }` n’est pas un nom de balise valide
dkim-parse-bad-character = la valeur contient un caractère interdit dans une valeur de balise
dkim-parse-empty-item = `{ $tag }=` contient un élément vide
dkim-parse-not-base64 = `{ $character }` n’est pas un caractère base64
dkim-parse-early-padding = remplissage base64 `=` avant la fin de la clé
dkim-parse-truncated-base64 = la clé base64 est tronquée (un caractère de trop ou de moins)
dkim-key-ed25519-size = une clé Ed25519 fait 32 octets, celle-ci en fait { $bytes }
dkim-der-truncated-start = la clé s’arrête là où devrait commencer { $what } (clé tronquée)
dkim-der-wrong-tag = élément attendu : { $what } (étiquette DER 0x{ $tag }), étiquette trouvée : 0x{ $found }
dkim-der-no-length = { $what } : longueur absente (clé tronquée)
dkim-der-length-encoding = { $what } : encodage de longueur non pris en charge
dkim-der-length-truncated = { $what } : longueur tronquée
dkim-der-too-long = { $what } : { $len } octets annoncés, mais il n’en reste que { $remaining } (clé tronquée)
dkim-der-outer-sequence = la SEQUENCE externe de la clé
dkim-der-after-outer-sequence = des données suivent la SEQUENCE externe de la clé
dkim-der-algorithm = l’identifiant d’algorithme
dkim-der-algorithm-oid = l’OID de l’algorithme
dkim-der-ed25519-as-rsa = les données sont une clé Ed25519, mais l’enregistrement indique k=rsa
dkim-der-not-rsa = l’algorithme de la clé n’est pas rsaEncryption
dkim-der-bit-string = la BIT STRING de la clé publique
dkim-der-after-bit-string = des données suivent la BIT STRING de la clé publique
dkim-der-rsa-sequence = la SEQUENCE RSAPublicKey
dkim-der-after-rsa-public-key = des données suivent la RSAPublicKey
dkim-der-unused-bits = la BIT STRING de la clé publique a des bits inutilisés
dkim-der-empty-bit-string = la BIT STRING de la clé publique est vide
dkim-der-unknown-format = la clé n’est ni une SubjectPublicKeyInfo ni une RSAPublicKey
dkim-der-modulus = le module RSA
dkim-der-exponent = l’exposant public RSA
dkim-der-after-exponent = des données suivent l’exposant public RSA
dkim-der-zero-exponent = l’exposant public RSA est nul
dkim-der-zero-modulus = le module RSA est nul
dkim-der-negative-modulus = le module RSA est négatif
dkim-der-modulus-too-large = le module RSA est trop grand
