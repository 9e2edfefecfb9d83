# mx : la documentation des codes (`zdiag explain CODE`) : le titre, puis ce que
# le code signifie et pourquoi c’est important, puis le correctif (vide pour un bon état).

mx-hosts = Les e-mails sont livrés aux hôtes MX
    .meaning = Le domaine publie des enregistrements MX et au moins un de leurs hôtes a une adresse : les e-mails destinés au domaine peuvent être livrés. Les preuves listent les hôtes par ordre de préférence (le plus bas d’abord, essayé en premier) avec leurs adresses.
    .fix = {""}

mx-domain-not-found = Le domaine n’existe pas
    .meaning = Le DNS a répondu NXDOMAIN pour le domaine : ce nom n’existe pas, donc les e-mails envoyés à n’importe quelle adresse de ce domaine sont rejetés immédiatement (une erreur 5.1.2 « bad destination »).
    .fix = Vérifiez l’orthographe du domaine, ou enregistrez-le et déléguez-le avant de l’utiliser pour les e-mails.

mx-none = Ni MX ni adresse
    .meaning = Le domaine existe, mais n’a ni enregistrement MX ni adresse A/AAAA : il n’y a aucun serveur auquel livrer ses e-mails (RFC 5321 §5.1), et les e-mails qui lui sont destinés sont rejetés.
    .fix = Publiez des enregistrements MX pointant vers les serveurs de votre fournisseur de messagerie.

mx-implicit = Aucun enregistrement MX : MX implicite
    .meaning = Le domaine n’a pas d’enregistrement MX : les expéditeurs livrent donc à l’adresse A/AAAA du domaine lui-même (RFC 5321 §5.1). Cela ne fonctionne que si cet hôte fait tourner un serveur de messagerie ; c’est généralement un serveur web, et les e-mails sont perdus ou rejetés. Certains expéditeurs refusent purement et simplement le MX implicite.
    .fix = Publiez des enregistrements MX pour le domaine, ou un MX nul (`MX 0 .`) s’il ne doit recevoir aucun e-mail.

mx-null = MX nul : le domaine n’accepte aucun e-mail
    .meaning = Le domaine publie un MX nul (`MX 0 .`, RFC 7505) : il déclare n’accepter aucun e-mail, et les expéditeurs rejettent les e-mails qui lui sont destinés sans essayer. Correct pour un domaine qui ne fait qu’envoyer ; incorrect pour le domaine d’une adresse d’assistance, dont les e-mails des clients et les réponses seraient tous rejetés.
    .fix = Si le domaine doit recevoir des e-mails, remplacez le MX nul par les enregistrements MX de votre fournisseur de messagerie.

mx-null-mixed = Un MX nul mêlé à d’autres enregistrements MX
    .meaning = Le domaine publie un MX nul (`MX 0 .`) avec d’autres enregistrements MX. La RFC 7505 §3 exige qu’un MX nul soit le seul enregistrement MX ; les expéditeurs peuvent considérer que le domaine n’accepte aucun e-mail, ou essayer les autres hôtes : le comportement varie selon l’expéditeur.
    .fix = Supprimez le MX nul si le domaine reçoit des e-mails, ou les autres enregistrements MX s’il n’en reçoit pas.

mx-target-cname = Une cible MX est un CNAME
    .meaning = Un enregistrement MX pointe vers un nom qui est un alias (CNAME). La RFC 2181 §10.3 et la RFC 5321 §5.1 exigent que la cible d’un MX porte elle-même l’adresse ; la plupart des expéditeurs suivent quand même l’alias, mais certains refusent, et cela coûte des requêtes supplémentaires.
    .fix = Faites pointer l’enregistrement MX vers le nom d’hôte canonique (la fin de la chaîne de CNAME).

mx-host-no-address = Un hôte MX sans adresse
    .meaning = Un hôte MX n’a aucun enregistrement A ou AAAA. Les expéditeurs l’ignorent et essaient les autres hôtes : les e-mails arrivent quand même, mais l’enregistrement ne sert à rien et trahit souvent une faute de frappe.
    .fix = Publiez une adresse pour l’hôte, ou supprimez son enregistrement MX.

mx-no-host-resolves = Aucun hôte MX n’a d’adresse
    .meaning = Aucun des hôtes MX du domaine n’a d’enregistrement A ou AAAA : les expéditeurs n’ont nulle part où livrer, et les e-mails destinés au domaine sont différés, puis rejetés.
    .fix = Corrigez les enregistrements MX pour qu’ils nomment des hôtes existants, ou publiez des enregistrements A/AAAA pour ces hôtes.

mx-duplicate-host = Un hôte MX listé deux fois
    .meaning = Le même hôte apparaît dans plusieurs enregistrements MX du domaine (souvent avec des préférences différentes). Cela ne nuit pas à la livraison, mais suggère une erreur de copier-coller.
    .fix = Gardez un seul enregistrement MX par hôte.

mx-target-ip-literal = Une cible MX est une adresse IP
    .meaning = La cible d’un enregistrement MX est écrite sous forme d’adresse IP. Un enregistrement MX doit nommer un hôte (RFC 1035 §3.3.9, RFC 5321 §5.1) : les expéditeurs cherchent un hôte nommé littéralement `192.0.2.1.`, ne trouvent rien et ne peuvent pas livrer par cet enregistrement.
    .fix = Publiez un enregistrement A pour un nom d’hôte avec cette adresse et faites pointer l’enregistrement MX vers ce nom.

mx-dns-error = Vérification impossible : échec DNS
    .meaning = Une requête DNS nécessaire à la vérification MX (l’ensemble MX, ou les adresses d’un hôte) n’a obtenu aucune réponse exploitable (délai dépassé, SERVFAIL, REFUSED). Rien ne peut être conclu : ce n’est pas un enregistrement absent.
    .fix = Vérifiez que les serveurs de noms du domaine répondent (`dig MX <domain> @<server>`), ou réessayez avec `--resolver` pointant vers un autre résolveur.

# mx : les textes des constats, et la phrase qu’affiche l’étape d’un parcours.

mx-describe-hosts = { $domain } reçoit ses e-mails sur { $count ->
        [one] { $count } hôte MX
       *[other] { $count } hôtes MX
    }, dont { $resolving } avec une adresse
mx-describe-null = { $domain } publie un MX nul : il n’accepte aucun e-mail
mx-describe-null-mixed = { $domain } mêle un MX nul à d’autres enregistrements MX
mx-describe-implicit = { $domain } n’a pas de MX ; les e-mails vont à sa propre adresse (MX implicite)
mx-describe-none = { $domain } n’a ni MX ni adresse : il ne peut pas recevoir d’e-mails
mx-describe-no-domain = { $domain } n’existe pas (NXDOMAIN)
mx-describe-unknown = vérification impossible : { $question } a obtenu { $answer }

mx-domain-not-found-message = { $domain } n’existe pas (NXDOMAIN) : aucun e-mail ne peut lui être livré.
mx-domain-not-found-help = Vérifiez l’orthographe du domaine, ou enregistrez-le et déléguez-le.
mx-none-message = { $domain } n’a ni enregistrement MX ni adresse A/AAAA : les e-mails qui lui sont destinés sont rejetés.
mx-none-help = Publiez des enregistrements MX pour { $domain } pointant vers les serveurs de votre fournisseur de messagerie.
mx-implicit-message = { $domain } n’a pas d’enregistrement MX ; les expéditeurs livrent à sa propre adresse (MX implicite, RFC 5321 §5.1).
mx-implicit-help = Publiez des enregistrements MX pour { $domain }, ou un MX nul (`MX 0 .`) s’il ne doit recevoir aucun e-mail.
mx-null-message = { $domain } publie un MX nul (RFC 7505) : il n’accepte aucun e-mail, donc les réponses et les avis de rejet adressés à ses adresses échouent.
mx-null-help = Si { $domain } est le domaine d’une adresse d’assistance, remplacez le MX nul par les enregistrements MX de votre fournisseur de messagerie.
mx-null-mixed-message = { $domain } publie un MX nul à côté { $count ->
        [one] d’un autre enregistrement MX
       *[other] de { $count } autres enregistrements MX
    } ; la RFC 7505 §3 l’interdit et les expéditeurs peuvent considérer que le domaine n’accepte aucun e-mail.
mx-null-mixed-help = Supprimez le MX nul (`MX 0 .`) si le domaine reçoit des e-mails, ou les autres enregistrements MX s’il n’en reçoit pas.
mx-hosts-message = { $domain } reçoit ses e-mails sur { $count ->
        [one] { $count } hôte MX
       *[other] { $count } hôtes MX
    } ; { $resolving ->
        [one] { $resolving } a une adresse.
       *[other] { $resolving } ont une adresse.
    }
mx-duplicate-host-message = { $name } figure { $count } fois dans l’ensemble MX de { $domain }.
mx-target-ip-literal-message = La cible MX { $host } est une adresse IP ; un enregistrement MX doit nommer un hôte (RFC 5321 §5.1), donc les expéditeurs cherchent un hôte nommé « { $host } » et échouent.
mx-target-ip-literal-help = Publiez un enregistrement A pour un nom d’hôte (par exemple mx.{ $domain }) avec cette adresse et faites pointer le MX vers ce nom.
mx-target-cname-message = La cible MX { $host } est un CNAME ; la RFC 2181 §10.3 et la RFC 5321 §5.1 exigent qu’elle porte elle-même l’adresse.
mx-no-host-resolves-message = Aucun des hôtes MX de { $domain } n’a d’adresse A ou AAAA : les e-mails qui lui sont destinés ne peuvent pas être livrés.
mx-host-no-address-message = L’hôte MX { $host } (préférence { $preference }) n’a aucune adresse A ou AAAA ; les expéditeurs l’ignorent.
