# spf : la documentation des codes (`zdiag explain CODE`) : le titre, puis ce que
# le code signifie et pourquoi c’est important, puis le correctif (vide pour un bon état).

spf-record-found = Enregistrement SPF trouvé
    .meaning = Le domaine publie exactement un enregistrement SPF (un enregistrement TXT qui commence par `v=spf1`). Les preuves le montrent tel qu’il est publié, avec les chaînes de caractères qui le composent.
    .fix = {""}

spf-record-missing = Aucun enregistrement SPF
    .meaning = Aucun enregistrement TXT du domaine ne commence par `v=spf1 ` (RFC 7208 §4.5). Les serveurs destinataires obtiennent le résultat SPF `none`, et Zendesk ne peut pas envoyer d’e-mails au nom de ce domaine : il les envoie « via zendesk.com », et DMARC ne peut pas réussir par SPF.
    .fix = Publiez un seul enregistrement TXT pour le domaine : `v=spf1 include:mail.zendesk.com -all` (ajoutez les includes de vos autres expéditeurs avant `-all`).

spf-domain-not-found = Le domaine n’existe pas
    .meaning = Le DNS a répondu NXDOMAIN pour le domaine lui-même : ce nom n’existe pas, il ne peut donc pas avoir d’enregistrement SPF.
    .fix = Vérifiez l’orthographe du domaine, ou enregistrez-le ou déléguez-le avant d’y ajouter des enregistrements.

spf-multiple-records = Plusieurs enregistrements SPF
    .meaning = Plusieurs enregistrements TXT du domaine commencent par `v=spf1`. La RFC 7208 §4.5 en fait une erreur permanente : les serveurs destinataires considèrent que la politique SPF du domaine est défectueuse, et la validation de Zendesk échoue.
    .fix = Fusionnez-les en un seul enregistrement : un seul `v=spf1`, tous les `include:` de tous les expéditeurs, un seul `all` à la fin.

spf-type99-record = Enregistrement SPF de type 99 publié
    .meaning = Le domaine publie un enregistrement DNS de l’ancien type SPF (99). La RFC 7208 §3.1 l’a supprimé : les serveurs destinataires et Zendesk ne lisent que les enregistrements TXT.
    .fix = Publiez le même texte dans un enregistrement TXT et supprimez l’enregistrement de type 99.

spf-leading-whitespace = L’enregistrement SPF commence par une espace
    .meaning = Un enregistrement TXT ressemble à un enregistrement SPF mais commence par des espaces. La RFC 7208 §4.5 ne retient que les enregistrements qui commencent exactement par `v=spf1` : les serveurs destinataires l’ignorent.
    .fix = Supprimez les espaces au début de l’enregistrement TXT.

spf-lookalike-record = Un enregistrement TXT qui ressemble à SPF sans en être un
    .meaning = Un enregistrement TXT commence comme un enregistrement SPF (`v=spf10`, `v=spf1x`, `spf2.0/...` de Sender ID) mais n’est pas un enregistrement `v=spf1` : les serveurs destinataires l’ignorent.
    .fix = Corrigez la version pour qu’elle soit exactement `v=spf1` suivi d’une espace, ou supprimez l’enregistrement s’il s’agit d’un reste de Sender ID.

spf-cname-at-name = Le domaine est un CNAME
    .meaning = L’enregistrement SPF a été trouvé au travers d’un CNAME sur le domaine. Cela fonctionne pour SPF, mais un CNAME ne peut pas coexister avec d’autres enregistrements sur le même nom (RFC 1034 §3.6.2, RFC 2181 §10.1) : les enregistrements MX, ceux liés à DMARC et les enregistrements de vérification qui s’y trouvent entrent en conflit avec lui, et l’apex d’une zone ne peut pas du tout être un CNAME.
    .fix = Remplacez le CNAME par les enregistrements eux-mêmes (copiez l’enregistrement TXT de la cible sur le domaine).

spf-dns-error = Vérification impossible : échec DNS
    .meaning = Une requête DNS nécessaire à la vérification SPF n’a pas obtenu de réponse exploitable (délai dépassé, SERVFAIL, REFUSED). Rien ne peut être conclu sur l’enregistrement : ce n’est pas un enregistrement manquant. Les serveurs destinataires confrontés au même échec renvoient `temperror` et peuvent différer l’e-mail.
    .fix = Vérifiez que les serveurs de noms du domaine répondent (`dig TXT <domain> @<server>`), ou relancez avec `--resolver` pointant vers un autre résolveur.

spf-syntax-error = Erreur de syntaxe SPF
    .meaning = L’enregistrement ne respecte pas la grammaire de la RFC 7208 (§12). Les serveurs destinataires renvoient `permerror` pour tout l’enregistrement : aucun expéditeur ne réussit la vérification, Zendesk compris.
    .fix = Corrigez le terme indiqué à la colonne indiquée ; les preuves citent l’enregistrement avec la position marquée.

spf-string-too-long = Une chaîne TXT de plus de 255 octets
    .meaning = Une des chaînes de caractères de l’enregistrement TXT dépasse 255 octets, la limite du DNS (RFC 1035 §3.3) ; de nombreux serveurs et éditeurs DNS la tronquent ou la refusent.
    .fix = Découpez l’enregistrement en plusieurs chaînes entre guillemets de 255 octets au plus chacune ; les serveurs destinataires les joignent sans espaces (RFC 7208 §3.3).

spf-record-too-long = Enregistrement SPF de plus de 450 octets
    .meaning = L’enregistrement joint dépasse 450 octets. Avec les autres enregistrements du même nom, la réponse DNS peut dépasser 512 octets (la RFC 7208 §3.4 conseille de rester en dessous).
    .fix = Raccourcissez l’enregistrement : supprimez les expéditeurs que vous n’utilisez plus, ou regroupez-les derrière un `include:` qui vous appartient.

spf-record-over-512 = Enregistrement SPF de plus de 512 octets
    .meaning = L’enregistrement seul dépasse 512 octets, la limite classique du DNS en UDP : les résolveurs sans EDNS doivent réessayer en TCP, et certains serveurs destinataires échouent la requête (temperror).
    .fix = Ramenez l’enregistrement sous 450 octets : supprimez les expéditeurs inutilisés ou regroupez-les derrière un include qui vous appartient.

spf-include-present = L’include requis figure dans l’enregistrement
    .meaning = L’enregistrement inclut le nom requis à son premier niveau (pour Zendesk : `include:mail.zendesk.com`), avant tout `all` : les e-mails de ces serveurs réussissent la vérification SPF, et le Centre d’administration de Zendesk affiche le SPF comme vérifié.
    .fix = {""}

spf-include-nested = L’include requis n’est atteint qu’au travers d’un autre include
    .meaning = L’include requis ne figure pas dans l’enregistrement du domaine lui-même, mais dans un enregistrement que le domaine inclut. Les e-mails réussissent la vérification SPF, mais le Centre d’administration de Zendesk ne valide que le premier niveau et affiche un échec SPF pour l’adresse d’assistance.
    .fix = Ajoutez `include:mail.zendesk.com` directement dans l’enregistrement du domaine (avant `all`).

spf-include-missing = L’include requis est absent
    .meaning = L’arborescence SPF n’inclut jamais le nom requis (pour Zendesk : `mail.zendesk.com`). Zendesk envoie alors les e-mails de vos adresses d’assistance « via zendesk.com », et les destinataires dotés d’une politique DMARC stricte mettent en quarantaine ou rejettent les réponses des agents.
    .fix = Ajoutez `include:mail.zendesk.com` à l’enregistrement SPF du domaine, avant `all`.

spf-include-after-all = L’include requis se trouve après `all`
    .meaning = L’include se trouve après le mécanisme `all`. L’évaluation s’arrête à `all` (RFC 7208 §5.1) : l’include n’est jamais lu, et les e-mails de ces serveurs obtiennent le résultat de `all`.
    .fix = Placez l’include avant `all` (`all` doit être le dernier mécanisme).

spf-include-outdated = Include Zendesk obsolète
    .meaning = L’enregistrement inclut `smtp.zendesk.com` ou `support.zendesk.com`, que Zendesk n’utilise plus pour SPF ; Zendesk le signale par un avertissement.
    .fix = Remplacez-le par `include:mail.zendesk.com`.

spf-flattened = Enregistrement aplati en plages d’adresses IP
    .meaning = Les adresses de Zendesk sont autorisées par des plages `ip4:`/`ip6:` littérales au lieu de `include:mail.zendesk.com`. Cela fonctionne aujourd’hui, mais Zendesk modifie ses plages d’envoi sans préavis et ne prend pas en charge les enregistrements composés uniquement d’adresses IP : les e-mails échoueront à la vérification SPF le jour où elles changeront.
    .fix = Remplacez les plages de Zendesk par `include:mail.zendesk.com`, et excluez mail.zendesk.com des outils d’aplatissement SPF.

spf-lookup-count = Requêtes DNS utilisées
    .meaning = Combien des 10 termes qui interrogent le DNS autorisés par la RFC 7208 §4.6.4 l’enregistrement utilise (include, a, mx, ptr, exists, redirect ; comptés au travers des includes et des redirections, dans l’ordre d’évaluation). Les preuves donnent le décompte par terme.
    .fix = {""}

spf-too-many-lookups = Plus de 10 requêtes DNS
    .meaning = L’évaluation de l’enregistrement nécessite plus de 10 termes qui interrogent le DNS. La RFC 7208 §4.6.4 fait de la 11e une erreur permanente : les serveurs destinataires s’arrêtent et renvoient `permerror`, si bien que les expéditeurs listés après ce point (souvent Zendesk) échouent à la vérification SPF. Les preuves montrent le chemin jusqu’au terme qui franchit la limite.
    .fix = Supprimez les includes des expéditeurs que vous n’utilisez plus, remplacez les termes `a`/`mx`/`ptr` par des plages `ip4:`/`ip6:` pour vos propres serveurs, ou placez les includes les plus importants en premier.

spf-void-lookup = Un terme interroge un nom qui n’existe pas
    .meaning = La requête DNS d’un terme a renvoyé NXDOMAIN ou aucun enregistrement (une « requête vide », void lookup, RFC 7208 §4.6.4). Il n’autorise rien et compte dans la limite de deux.
    .fix = Supprimez le terme, ou corrigez le nom vers lequel il pointe.

spf-too-many-void-lookups = Plus de 2 requêtes vides
    .meaning = Plus de deux termes interrogent des noms qui n’existent pas ou n’ont aucun enregistrement. La RFC 7208 §4.6.4 fait de la troisième une erreur permanente : les serveurs destinataires renvoient `permerror`.
    .fix = Supprimez ou corrigez les termes listés dans les preuves.

spf-loop = Boucle d’include ou de redirection
    .meaning = En suivant `include:` ou `redirect=`, on revient à un enregistrement déjà en cours d’évaluation. Les serveurs destinataires s’arrêtent à la limite de requêtes et renvoient `permerror`.
    .fix = Cassez la boucle : supprimez l’include ou la redirection qui pointe vers le haut de la chaîne montrée dans les preuves.

spf-target-no-record = La cible d’un include ou d’une redirection n’a pas d’enregistrement SPF
    .meaning = Un `include:` ou un `redirect=` pointe vers un nom sans enregistrement SPF (ou qui n’existe pas). La RFC 7208 §5.2 et §6.1 en font une erreur permanente pour tout l’enregistrement.
    .fix = Corrigez le nom de la cible, ou supprimez le terme si cet expéditeur n’est plus utilisé.

spf-target-invalid = La cible d’un include ou d’une redirection a un enregistrement SPF défectueux
    .meaning = L’enregistrement derrière un `include:` ou un `redirect=` contient une erreur de syntaxe ou plusieurs enregistrements SPF : l’erreur se propage (RFC 7208 §5.2), et tout l’enregistrement donne `permerror`.
    .fix = Demandez au propriétaire du domaine inclus de corriger son enregistrement, ou cessez de l’inclure.

spf-redirect-ignored = redirect= est ignoré
    .meaning = L’enregistrement contient à la fois un mécanisme `all` et un modificateur `redirect=`. `all` correspond toujours : la redirection n’est jamais utilisée (RFC 7208 §6.1).
    .fix = Supprimez le mécanisme `all` ou le modificateur `redirect=`, celui que vous ne vouliez pas.

spf-terms-after-all = Des termes après `all`
    .meaning = Les mécanismes placés après `all` ne sont jamais évalués (RFC 7208 §5.1) : tout ce qu’ils autorisent échoue.
    .fix = Placez ces termes avant `all`.

spf-multiple-all = Plusieurs mécanismes `all`
    .meaning = L’enregistrement contient plus d’un `all` ; seul le premier est jamais atteint.
    .fix = Gardez un seul `all`, à la fin.

spf-ptr-deprecated = `ptr` ne devrait pas être utilisé
    .meaning = La RFC 7208 §5.5 indique que le mécanisme `ptr` NE DEVRAIT PAS être publié : il est lent, peu fiable, et les grands fournisseurs de messagerie l’ignorent, si bien que les expéditeurs qu’il couvre peuvent échouer.
    .fix = Remplacez `ptr` par des plages `ip4:`/`ip6:` ou des termes `a:` pour les hôtes qu’il devait couvrir.

spf-all-pass = `+all` autorise tout le monde
    .meaning = L’enregistrement se termine par `+all` (ou `all`) : tous les serveurs d’Internet réussissent la vérification SPF pour le domaine, ce qui rend SPF inutile contre l’usurpation et nuit à la réputation.
    .fix = Terminez l’enregistrement par `-all` (ou `~all` le temps de vérifier vos expéditeurs).

spf-all-neutral = `?all` n’affirme rien
    .meaning = L’enregistrement se termine par `?all` : les serveurs qui n’y figurent pas obtiennent `neutral`, que les serveurs destinataires traitent comme une absence de SPF. Le domaine n’est pas protégé.
    .fix = Terminez l’enregistrement par `-all` (ou `~all`).

spf-all-missing = Ni `all` ni `redirect`
    .meaning = L’enregistrement n’a ni mécanisme `all` ni `redirect=` : les serveurs qui n’y figurent pas obtiennent `neutral` (RFC 7208 §4.7), comme avec `?all`.
    .fix = Terminez l’enregistrement par `-all` (ou `~all`).

spf-unknown-modifier = Modificateur inconnu
    .meaning = L’enregistrement contient un modificateur `name=value` que la RFC 7208 ne définit pas. Les serveurs destinataires l’ignorent (§6) : il n’a aucun effet ; c’est souvent une faute de frappe pour `redirect=` ou `exp=`.
    .fix = Supprimez-le, ou corrigez son nom.

spf-mx-too-many-hosts = Un terme `mx` avec plus de 10 hôtes MX
    .meaning = La RFC 7208 §4.6.4 limite un terme `mx` à 10 hôtes MX ; au-delà, c’est une erreur permanente.
    .fix = Remplacez le terme `mx` par les plages `ip4:`/`ip6:` des hôtes qui envoient réellement des e-mails.

spf-mx-host-no-address = Un hôte MX sans adresse
    .meaning = Un hôte MX d’un terme `mx` n’a pas d’enregistrement A ni AAAA : il n’autorise rien.
    .fix = Corrigez l’enregistrement MX, ou supprimez le terme `mx`.

spf-macro-not-expanded = Un terme avec une macro
    .meaning = La cible du terme contient une macro `%{"{"}...{"}"}` : elle dépend de l’expéditeur et de l’adresse du client de chaque e-mail, et ne peut donc pas être suivie sans eux. Elle compte pour une requête. Utilisez `--ip` avec `--sender` pour l’évaluer pour un e-mail donné.
    .fix = {""}

spf-not-followed = Une partie de l’arborescence n’a pas été suivie
    .meaning = L’arborescence des includes est plus profonde ou plus large que ne peut l’être un enregistrement valide (plus de 10 requêtes sont atteintes avant), zdiag a donc arrêté de la développer à cet endroit.
    .fix = Réduisez le nombre de requêtes DNS (voir spf-too-many-lookups).

spf-zendesk-passes = Les e-mails de Zendesk réussissent la vérification SPF
    .meaning = zdiag a lu en direct l’enregistrement SPF de mail.zendesk.com, a pris une adresse dans chacune de ses plages et a exécuté l’évaluation SPF complète (check_host de la RFC 7208) pour le domaine : chaque plage obtient `pass`.
    .fix = {""}

spf-zendesk-fails = Les e-mails de Zendesk échouent à la vérification SPF
    .meaning = Pour au moins une des plages d’envoi de Zendesk (lues en direct dans l’enregistrement SPF de mail.zendesk.com), l’évaluation SPF du domaine ne donne pas `pass`. Les e-mails que Zendesk envoie depuis cette plage avec votre adresse échouent à la vérification SPF ; avec une politique DMARC stricte et sans DKIM, les destinataires les mettent en quarantaine ou les rejettent.
    .fix = Ajoutez `include:mail.zendesk.com` à l’enregistrement du domaine, avant `all`, et corrigez toute erreur que le rapport signale pour l’enregistrement.

spf-zendesk-unavailable = Vérification impossible : enregistrement SPF de Zendesk indisponible
    .meaning = zdiag n’a pas pu lire l’enregistrement SPF de mail.zendesk.com lui-même (échec DNS, ou absent des zones chargées avec `--offline`) : il ne peut pas dire si les adresses de Zendesk réussissent la vérification.
    .fix = Relancez avec un résolveur qui fonctionne, ou ajoutez une zone pour mail.zendesk.com pour une vérification hors ligne.

spf-ip-result = Résultat SPF pour le client indiqué
    .meaning = Le résultat de check_host() (RFC 7208) pour l’adresse indiquée avec `--ip` (et `--sender`, `--helo`) : le résultat, le terme qui l’a décidé, et l’explication qu’un serveur destinataire donnerait en cas de `fail`. Statut : pass pour `pass`, fail pour `fail`/`permerror`, warn pour `softfail`/`neutral`/`none`, error pour `temperror`.
    .fix = Si ce client doit être autorisé, ajoutez avant `all` un terme qui l’autorise (une plage `ip4:`/`ip6:` ou l’include de son fournisseur).

# Les messages et correctifs des résultats.

spf-msg-type99 = Un enregistrement SPF de l’ancien type 99 est publié ; les serveurs destinataires et Zendesk ne lisent que les enregistrements TXT.
spf-help-type99 = Publiez l’enregistrement en TXT et supprimez l’enregistrement de type 99.
spf-msg-record-found = Un enregistrement SPF ({ $bytes } octets en { $strings } { $strings ->
        [one] chaîne
       *[other] chaînes
    }).
spf-msg-multiple-records = { $count } enregistrements TXT commencent par v=spf1 ; les serveurs destinataires renvoient permerror pour chacun d’eux.
spf-help-multiple-records = Fusionnez-les en un seul enregistrement avec tous les includes et un seul `all` à la fin.
spf-msg-domain-not-found = { $domain } n’existe pas (NXDOMAIN).
spf-help-domain-not-found = Vérifiez l’orthographe du domaine.
spf-msg-record-missing = { $domain } n’a pas d’enregistrement SPF : aucun enregistrement TXT ne commence par `v=spf1`.
spf-help-record-missing = Publiez un enregistrement TXT pour { $domain } : v=spf1 include:{ $include } -all
spf-msg-leading-whitespace = Un enregistrement TXT commence par une espace avant `v=spf1` : les serveurs destinataires l’ignorent.
spf-help-leading-whitespace = Supprimez les espaces au début de l’enregistrement.
spf-msg-lookalike-record = Un enregistrement TXT ressemble à SPF mais n’est pas `v=spf1` : les serveurs destinataires l’ignorent.
spf-help-lookalike-record = Corrigez la version pour qu’elle soit exactement `v=spf1 `, ou supprimez l’enregistrement.
spf-msg-cname-at-name = { $domain } est un CNAME ; son enregistrement SPF est lu sur la cible de l’alias.
spf-help-cname-at-name = Publiez l’enregistrement TXT sur le nom lui-même plutôt qu’un CNAME.
spf-msg-string-too-long = La chaîne TXT { $number } fait { $len } octets, au-delà de la limite DNS de 255 octets.
spf-help-string-too-long = Découpez l’enregistrement en chaînes entre guillemets de 255 octets au plus.
spf-msg-record-over-512 = L’enregistrement fait { $len } octets, au-delà de la limite UDP de 512 octets.
spf-help-record-over-512 = Ramenez l’enregistrement sous 450 octets.
spf-msg-record-too-long = L’enregistrement fait { $len } octets, au-delà des 450 octets que conseille la RFC 7208 §3.4.
spf-help-record-too-long = Raccourcissez l’enregistrement : supprimez les expéditeurs inutilisés ou regroupez-les derrière un seul include.
spf-msg-syntax-error = Erreur de syntaxe dans l’enregistrement SPF de { $domain } : { $error }
spf-help-syntax-error = Corrigez `{ $term }` à la colonne { $column }.
spf-msg-terms-after-all = { $count ->
        [one] { $count } terme après `all` n’est jamais évalué.
       *[other] { $count } termes après `all` ne sont jamais évalués.
    }
spf-help-terms-after-all = Placez-les avant `all`.
spf-msg-multiple-all = L’enregistrement contient { $count } mécanismes `all` ; seul le premier est atteint.
spf-help-multiple-all = Gardez un seul `all`, à la fin.
spf-msg-redirect-ignored = `{ $term }` est ignoré, car l’enregistrement contient `all`.
spf-help-redirect-ignored = Supprimez le mécanisme `all` ou la redirection.
spf-msg-unknown-modifier = Modificateur inconnu `{ $name }=` : les serveurs destinataires l’ignorent.
spf-help-unknown-modifier = Supprimez-le, ou corrigez son nom.
spf-msg-ptr-deprecated = `{ $term }` : le mécanisme ptr ne devrait pas être utilisé (RFC 7208 §5.5).
spf-help-ptr-deprecated = Remplacez-le par des plages ip4:/ip6: ou des termes a:.
spf-help-end-with-fail = Terminez l’enregistrement par `-all` (ou `~all`).
spf-msg-all-pass = L’enregistrement se termine par `+all` : tous les serveurs d’Internet réussissent la vérification SPF pour ce domaine.
spf-msg-all-neutral = L’enregistrement se termine par `?all` : les serveurs non listés obtiennent neutral, ce qui ne protège rien.
spf-msg-all-missing = L’enregistrement n’a ni `all` ni `redirect=` : les serveurs non listés obtiennent neutral.
spf-msg-include-present = include:{ $include } figure dans l’enregistrement de { $domain }, avant `all`.
spf-msg-include-present-redirect = include:{ $include } figure dans l’enregistrement vers lequel { $domain } redirige.
spf-msg-include-nested = include:{ $include } n’est atteint qu’au travers d’un autre include.
spf-msg-include-nested-zendesk = include:{ $include } n’est atteint qu’au travers d’un autre include : les e-mails réussissent la vérification SPF, mais le Centre d’administration de Zendesk ne vérifie que le premier niveau et affichera un échec SPF.
spf-help-include-nested = Ajoutez include:{ $include } directement dans l’enregistrement de { $domain }, avant `all`.
spf-msg-include-after-all = include:{ $include } se trouve après `all` : il n’est jamais évalué.
spf-help-include-after-all = Placez include:{ $include } avant `all`.
spf-msg-flattened = Les plages de Zendesk sont listées sous forme d’adresses IP au lieu de include:{ $include } ; les e-mails échoueront quand Zendesk les modifiera.
spf-help-flattened = Remplacez les plages ip4:/ip6: de Zendesk par include:{ $include }.
spf-msg-include-missing = include:{ $include } ne figure pas dans l’arborescence SPF de { $domain }.
spf-msg-include-missing-zendesk = include:{ $include } ne figure pas dans l’arborescence SPF de { $domain }. Zendesk enverra les e-mails « via zendesk.com », et les destinataires dotés d’une politique DMARC stricte pourront rejeter les réponses des agents.
spf-help-include-missing = Ajoutez include:{ $include } à l’enregistrement de { $domain }, avant `all`.
spf-msg-include-outdated = include:{ $include } est obsolète ; Zendesk le signale.
spf-help-include-outdated = Remplacez include:{ $include } par include:{ $zendesk }.
spf-msg-too-many-lookups = L’évaluation de l’enregistrement nécessite { $total } requêtes DNS ; la limite est de 10 (RFC 7208 §4.6.4). Les serveurs destinataires renvoient permerror à `{ $term }`.
spf-help-too-many-lookups = Supprimez les includes inutilisés, ou remplacez les termes a/mx/ptr par des plages ip4:/ip6:.
spf-msg-lookup-count = { $total ->
        [one] { $total } requête DNS utilisée sur 10.
       *[other] { $total } requêtes DNS utilisées sur 10.
    }
spf-msg-too-many-void-lookups = { $count } termes interrogent des noms sans enregistrement ; la limite est de 2 (RFC 7208 §4.6.4) : les serveurs destinataires renvoient permerror.
spf-help-too-many-void-lookups = Supprimez ou corrigez les termes listés.
spf-msg-void-lookup = `{ $term }` interroge un nom sans enregistrement (une requête vide).
spf-help-void-lookup = Supprimez le terme, ou corrigez le nom.
spf-msg-target-no-record = `{ $term }` pointe vers { $domain }, qui n’a pas d’enregistrement SPF ({ $answer }) : les serveurs destinataires renvoient permerror.
spf-help-target-no-record = Corrigez le nom de la cible, ou supprimez le terme.
spf-msg-target-multiple = { $domain } publie { $count } enregistrements SPF : l’include donne permerror.
spf-help-target-multiple = Demandez au propriétaire de ce domaine de fusionner ses enregistrements, ou cessez de l’inclure.
spf-msg-loop = `{ $term }` reboucle sur { $name } : les serveurs destinataires renvoient permerror.
spf-help-loop = Supprimez l’include ou la redirection qui pointe vers le haut de la chaîne.
spf-msg-not-followed = `{ $term }` n’a pas été suivi : l’arborescence dépasse déjà ce que 10 requêtes peuvent atteindre.
spf-msg-macro-not-expanded = `{ $term }` utilise une macro : il dépend de chaque e-mail, il est donc compté mais pas suivi.
spf-msg-mx-too-many-hosts = `{ $term }` désigne { $count } hôtes MX ; la limite est de 10 : les serveurs destinataires renvoient permerror.
spf-help-mx-too-many-hosts = Remplacez le terme mx par les plages ip4:/ip6: des hôtes qui envoient des e-mails.
spf-msg-mx-host-no-address = L’hôte MX { $host } de `{ $term }` n’a pas d’enregistrement A ni AAAA.
spf-help-mx-host-no-address = Corrigez l’enregistrement MX, ou supprimez le terme mx.
spf-several-records = plusieurs enregistrements SPF
spf-msg-zendesk-unreadable = Impossible de lire l’enregistrement SPF de { $zendesk } ({ $why }) : on ne sait pas si les e-mails de Zendesk réussissent la vérification SPF.
spf-help-zendesk-unreadable = Relancez avec un --resolver qui fonctionne, ou chargez une zone pour mail.zendesk.com hors ligne.
spf-msg-zendesk-no-ranges = L’enregistrement SPF de { $zendesk } ne liste aucune plage ip4/ip6 à tester.
spf-msg-zendesk-temperror = Impossible d’évaluer SPF pour les plages de Zendesk : le DNS a échoué pendant l’évaluation (temperror).
spf-help-zendesk-temperror = Relancez avec un --resolver qui fonctionne.
spf-msg-zendesk-passes = Les e-mails de chacune des { $count } plages d’envoi de Zendesk réussissent la vérification SPF pour { $domain }.
spf-msg-zendesk-fails = Les e-mails de { $failing } des { $count } plages d’envoi de Zendesk échouent à la vérification SPF pour { $domain } (résultat : { $result }).
spf-help-zendesk-fails = Ajoutez include:{ $zendesk } à l’enregistrement de { $domain }, avant `all`.
spf-help-zendesk-not-required = Seulement si ce domaine doit envoyer des e-mails via Zendesk : ajoutez include:{ $zendesk } (il ne fait pas partie des noms de --require-include, cela ne fait donc pas échouer l’exécution).
spf-msg-ip-result = check_host({ $ip }, { $domain }, <{ $sender }>) = { $result }
spf-msg-ip-result-decided = check_host({ $ip }, { $domain }, <{ $sender }>) = { $result }, décidé par `{ $term }` dans { $decided_in }
spf-msg-ip-result-reason = check_host({ $ip }, { $domain }, <{ $sender }>) = { $result } : { $reason }
spf-help-ip-result = Si { $ip } doit envoyer des e-mails pour { $domain }, autorisez-le avant `all` (une plage ip4:/ip6: ou l’include de son fournisseur).

# Le chemin SPF de Zendesk, tel que la vérification DMARC le formule.

spf-path-lookup-failed = la requête SPF a obtenu { $answer }
spf-path-no-valid-record = le domaine n’a pas d’enregistrement SPF valide
spf-path-too-many-lookups = l’enregistrement SPF nécessite plus de 10 requêtes DNS (permerror)
spf-path-includes = l’enregistrement SPF inclut { $include }
spf-path-nested-first-level = include:{ $include } n’est atteint qu’au travers d’un autre include, et la vérification de Zendesk ne lit que le premier niveau
spf-path-nested = l’enregistrement SPF atteint { $include } au travers d’un include imbriqué
spf-path-after-all = include:{ $include } se trouve après `all`
spf-path-absent = l’enregistrement SPF n’inclut pas { $include }

# Pourquoi un enregistrement n’est pas valide (grammaire de la RFC 7208), et pourquoi une évaluation s’est arrêtée.

spf-parse-error = { $message } à la colonne { $column } (terme `{ $term }`)
spf-parse-version = l’enregistrement doit commencer par "v=spf1" suivi d’une espace ou de la fin
spf-parse-modifier-twice = le modificateur { $name } ne peut apparaître qu’une fois
spf-parse-needs-domain = { $term } nécessite un domaine
spf-parse-control-character = caractère de contrôle { $character } à la position { $offset } (les enregistrements SPF sont en ASCII 7 bits)
spf-parse-non-ascii-character = caractère non ASCII { $character } à la position { $offset } (les enregistrements SPF sont en ASCII 7 bits)
spf-parse-modifier-qualifier = un modificateur ne peut pas avoir de qualificateur
spf-parse-modifier-name-empty = le nom du modificateur est vide
spf-parse-modifier-name-invalid = nom de modificateur non valide { $name }
spf-parse-all-argument = all ne prend pas d’argument
spf-parse-needs-colon-domain = { $mechanism } nécessite ":domaine"
spf-parse-unexpected = { $text } inattendu après { $mechanism }
spf-parse-ptr-prefix = ptr ne prend pas de longueur de préfixe
spf-parse-needs-address = { $mechanism } nécessite ":adresse"
spf-parse-invalid-ipv4 = adresse IPv4 non valide { $address }
spf-parse-invalid-ipv6 = adresse IPv6 non valide { $address }
spf-parse-is-modifier = { $name } est un modificateur : écrivez { $name }=domaine
spf-parse-missing-mechanism = nom de mécanisme manquant
spf-parse-unknown-mechanism = mécanisme inconnu { $name }
spf-parse-unknown-mechanism-all = mécanisme inconnu { $name } (espace manquante avant "all" ?)
spf-parse-prefix-range = la longueur de préfixe { $mechanism } doit être comprise entre 0 et { $max }
spf-parse-prefix-invalid = longueur de préfixe { $mechanism } non valide { $digits }
spf-parse-prefix-leading-zero = la longueur de préfixe { $mechanism } { $digits } commence par un zéro
spf-parse-dual-cidr = les longueurs de préfixe s’écrivent /longueur-ip4//longueur-ip6
spf-macro-invalid-character = caractère non valide { $character }
spf-macro-bad-percent = un '%' doit être suivi de '{"{"}', '%', '_' ou '-' (écrivez %% pour un signe pourcentage littéral)
spf-macro-unterminated = macro non terminée
spf-macro-letter-exp-only = la lettre de macro '{ $letter }' n’est autorisée que dans le texte d’explication
spf-macro-unknown-letter = lettre de macro inconnue { $letter }
spf-macro-zero-digits = le transformateur numérique de la macro doit être non nul
spf-macro-expected-brace = macro mal formée : '{"}"}' attendu
spf-macro-empty-domain = domaine vide
spf-macro-domain-end = le domaine { $spec } doit se terminer par un point et un libellé de premier niveau, ou par une macro
spf-macro-invalid-toplabel = libellé de premier niveau { $label } non valide dans le domaine { $spec }
spf-eval-invalid-domain = { $domain } n’est pas un nom de domaine valide : il n’a pas de politique SPF (RFC 7208 §4.3)
spf-eval-redirect-no-record = { $term } dans { $domain } : { $target } n’a pas d’enregistrement SPF (RFC 7208 §6.1)
spf-eval-include-no-record = { $term } dans { $domain } : { $target } n’a pas d’enregistrement SPF (RFC 7208 §5.2)
spf-eval-default-neutral = aucun mécanisme de { $domain } ne correspond et il n’y a pas de redirection : le résultat par défaut est neutral (RFC 7208 §4.7)
spf-eval-txt-failed = la requête TXT pour { $domain } a échoué : { $answer } (RFC 7208 §4.4)
spf-eval-no-record = { $domain } n’a pas d’enregistrement SPF (aucun enregistrement TXT ne commence par "v=spf1") (RFC 7208 §4.5)
spf-eval-invalid-record = l’enregistrement SPF de { $domain } n’est pas valide : { $error } (RFC 7208 §4.6)
spf-eval-multiple-records = { $domain } a { $count } enregistrements SPF ; un seul est autorisé (RFC 7208 §4.5)
spf-eval-too-many-mx = { $term } : { $target } a { $count } enregistrements MX, plus que les { $max } autorisés (RFC 7208 §4.6.4)
spf-eval-too-many-lookups = { $term } est la requête DNS numéro { $number } : plus de { $max } termes interrogent le DNS (RFC 7208 §4.6.4)
spf-eval-too-many-void-lookups = { $term } est la requête vide numéro { $number } : plus de { $max } requêtes DNS ont obtenu NXDOMAIN ou aucun enregistrement (RFC 7208 §4.6.4)
spf-eval-lookup-failed = { $term } : la requête { $qtype } pour { $name } a échoué : { $answer } (RFC 7208 §5)
spf-eval-cannot-expand = impossible de développer { $spec } : { $error } (RFC 7208 §7)
