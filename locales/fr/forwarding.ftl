# forwarding : la documentation des codes (`zdiag explain CODE`) : le titre, puis ce que
# le code signifie et pourquoi c’est important, puis le correctif (vide pour un bon état).

forwarding-zendesk-address = Une adresse d’assistance hébergée par Zendesk
    .meaning = L’adresse d’assistance appartient au sous-domaine zendesk.com du compte : Zendesk reçoit et envoie lui-même ses e-mails, déjà authentifiés par SPF et DKIM. Il n’y a ni transfert ni DNS à vérifier.
    .fix = {""}

forwarding-verified = Transfert vérifié
    .meaning = Le test de transfert de Zendesk pour l’adresse d’assistance externe a réussi (`forwarding_status: verified`) : les e-mails envoyés à cette adresse parviennent à Zendesk, et Zendesk envoie ses notifications depuis cette adresse.
    .fix = {""}

forwarding-waiting = Vérification du transfert en attente
    .meaning = Zendesk a envoyé son e-mail de test à l’adresse externe et ne l’a pas encore reçu en retour (`forwarding_status: waiting`). Tant qu’il ne l’a pas reçu, Zendesk n’envoie aucune notification depuis cette adresse. Une adresse tout juste ajoutée reste dans cet état jusqu’à ce que le transfert soit configuré.
    .fix = Configurez un transfert automatique côté serveur de l’adresse vers une adresse d’assistance Zendesk ; si votre fournisseur a envoyé un e-mail de confirmation, ouvrez le ticket (ou le ticket suspendu) qu’il a créé et cliquez sur son lien ; puis vérifiez à nouveau.

forwarding-failed = Échec de la vérification du transfert
    .meaning = L’e-mail de test de Zendesk envoyé à l’adresse externe n’est jamais revenu (`forwarding_status: failed`). Des tickets peuvent encore être créés à partir des e-mails transférés, mais Zendesk n’envoie aucune notification depuis cette adresse tant que le transfert n’a pas été vérifié à nouveau. Causes habituelles : transfert non configuré ou configuré comme règle du client de messagerie, transfert vers la mauvaise adresse Zendesk, fournisseur qui bloque le transfert automatique externe (Microsoft 365 par défaut), e-mail de confirmation du transfert non approuvé, alias ou listes de distribution, transferts multiples.
    .fix = Corrigez le transfert sur le serveur de messagerie (côté serveur, directement vers une adresse d’assistance Zendesk), puis vérifiez à nouveau le transfert.

forwarding-unknown = Transfert jamais vérifié
    .meaning = Zendesk n’a aucun résultat de transfert pour l’adresse externe (`forwarding_status: unknown`) : le test n’a jamais été lancé. Zendesk n’envoie aucune notification depuis une adresse externe dont le transfert n’a pas été vérifié.
    .fix = Configurez le transfert côté serveur vers une adresse d’assistance Zendesk, puis lancez la vérification du transfert (Centre d’administration > Canaux > Talk et e-mail > E-mail, ou `zdiag forwarding ADDRESS --verify`).

forwarding-dns-verified = Zendesk a vérifié cet enregistrement DNS
    .meaning = Zendesk indique la vérification SPF, des CNAME DKIM ou du domaine de l’adresse comme `verified`, et le DNS montre l’enregistrement en place (ou n’a pas pu dire le contraire).
    .fix = {""}

forwarding-dns-failed = Une vérification DNS a échoué, et le DNS dit pourquoi
    .meaning = Zendesk indique la vérification SPF, des CNAME DKIM ou du domaine de l’adresse comme `failed`, et le DNS confirme qu’aujourd’hui l’enregistrement est absent ou incorrect : le message dit ce qui manque. Sans SPF, Zendesk envoie « via zendesk.com » ; sans les CNAME DKIM, les e-mails ne sont pas signés avec le domaine.
    .fix = Publiez l’enregistrement indiqué par le message, attendez l’expiration de son TTL, puis vérifiez à nouveau.

forwarding-dns-reverify = Corrigé mais pas vérifié à nouveau
    .meaning = Zendesk indique toujours la vérification comme `failed`, mais le DNS est correct à présent : l’enregistrement a été corrigé après le dernier contrôle de Zendesk. Zendesk conserve le statut d’échec (et ses conséquences) jusqu’à ce que la vérification soit relancée.
    .fix = Relancez la vérification : `zdiag forwarding ADDRESS --verify`, ou le bouton Vérifier de l’adresse dans Centre d’administration > Canaux > Talk et e-mail > E-mail.

forwarding-dns-unverified = Une vérification DNS n’a jamais été lancée
    .meaning = Zendesk indique la vérification comme `unknown` (pas encore lancée). Le message dit ce que montre le DNS à présent : échec quand l’enregistrement est absent, avertissement quand il est en place et que seule la vérification manque.
    .fix = Publiez l’enregistrement s’il est absent, puis lancez la vérification.

forwarding-dns-regressed = Vérifié autrefois, absent aujourd’hui
    .meaning = Zendesk indique la vérification comme `verified`, mais le DNS n’a plus l’enregistrement : il a été supprimé ou modifié après la vérification. Les e-mails sont touchés dès maintenant ; Zendesk affichera l’échec à son prochain contrôle.
    .fix = Publiez à nouveau l’enregistrement (le message dit lequel).

forwarding-dkim-enabled-without-cnames = Domaine personnalisé pour DKIM activé sans CNAME vérifiés
    .meaning = Le paramètre du compte « Domaine personnalisé pour DKIM » (`settings.email.custom_dkim_domain`) est activé, mais Zendesk n’a pas vérifié les CNAME DKIM du domaine de cette adresse. Zendesk avertit que l’activer avant que les deux CNAME existent provoque des échecs de livraison.
    .fix = Publiez les CNAME zendesk1._domainkey et zendesk2._domainkey vers les clés de Zendesk et faites-les vérifier, ou désactivez le paramètre jusqu’à ce qu’ils soient en place.

forwarding-address-not-found = Adresse d’assistance introuvable
    .meaning = L’adresse ou le domaine demandé ne figure pas parmi les adresses d’assistance du compte. Zendesk n’envoie depuis une adresse externe qu’une fois qu’elle a été ajoutée comme adresse d’assistance et que son transfert a été vérifié.
    .fix = Ajoutez l’adresse dans Centre d’administration > Canaux > Talk et e-mail > E-mail (Ajouter une adresse > Connecter une adresse externe), configurez le transfert et vérifiez-le.

forwarding-verify-requested = Vérification demandée
    .meaning = Avec --verify, zdiag a demandé à Zendesk de relancer les vérifications du transfert, SPF et DNS de l’adresse (`PUT /api/v2/recipient_addresses/{"{"}id{"}"}/verify`). Zendesk ne répond pas avec le résultat : zdiag relit l’adresse jusqu’à ce que ses statuts changent.
    .fix = {""}

forwarding-verify-changed = Résultat de la vérification
    .meaning = Après la vérification demandée par zdiag, les statuts de l’adresse ont changé ; les preuves les montrent avant et après. Réussite quand le transfert est désormais vérifié, échec quand le transfert a échoué, avertissement sinon ; les autres constats de l’adresse montrent ce que disent à présent le SPF, les CNAME et la vérification du domaine.
    .fix = Pour ce qui échoue encore, suivez les autres constats de l’adresse, puis vérifiez à nouveau.

forwarding-verify-timeout = Aucun résultat de vérification dans le délai
    .meaning = Après la vérification demandée par zdiag, les statuts de l’adresse n’ont pas changé dans le délai --verify-timeout. L’e-mail de test du transfert est peut-être encore en route, ou bloqué (suspendu, ou en attente de la confirmation d’un fournisseur).
    .fix = Relancez `zdiag forwarding ADDRESS` dans quelques minutes, et cherchez l’e-mail de test parmi les tickets suspendus.

forwarding-eml-received-by = L’adresse d’assistance qui a reçu l’e-mail
    .meaning = Lu dans les en-têtes de l’e-mail transféré (Delivered-To, X-Original-To, X-Forwarded-To, To, Cc) : l’adresse d’assistance à laquelle le client a écrit et l’adresse Zendesk que l’e-mail a atteinte. Zendesk répond depuis l’adresse à laquelle l’e-mail a été reçu.
    .fix = {""}

forwarding-eml-direct = Un chemin de transfert pris en charge
    .meaning = L’e-mail est parvenu directement à Zendesk, ou par un seul transfert côté serveur depuis l’adresse d’assistance externe : le chemin que Zendesk prend en charge.
    .fix = {""}

forwarding-eml-multi-hop = Transféré par plusieurs adresses
    .meaning = L’e-mail a été transféré plus d’une fois avant d’atteindre Zendesk (les en-têtes montrent plusieurs adresses de transfert). Zendesk ne prend pas en charge les transferts multiples : le demandeur devient la première adresse trouvée dans Répondre à (Reply-To) ou De (From), avec des résultats irréguliers.
    .fix = Transférez directement de l’adresse à laquelle écrivent les clients vers une adresse d’assistance Zendesk, en un seul transfert côté serveur.

forwarding-eml-client-forward = Transféré à la main ou par une règle du client de messagerie
    .meaning = L’e-mail est un transfert fait dans un client de messagerie (un objet du type `Fwd:`, un message transféré cité, ou des en-têtes de transfert du client), et non un transfert côté serveur. Le demandeur devient la personne qui l’a transféré ; un transfert envoyé depuis l’une des adresses d’assistance du compte est suspendu (« Reçu d’une adresse d’assistance »).
    .fix = Remplacez la règle du client ou le transfert manuel par un transfert automatique côté serveur vers une adresse d’assistance Zendesk.

forwarding-eml-gmail = Transféré par Gmail
    .meaning = Le transfert automatique de Gmail a traité l’e-mail (en-têtes X-Forwarded-To / X-Forwarded-For). Gmail exige d’abord sa confirmation de transfert : cet e-mail arrive dans Zendesk sous forme de ticket (ou de ticket suspendu) dont il faut cliquer sur le lien. Pour de faibles volumes, Zendesk recommande plutôt son connecteur Gmail.
    .fix = {""}

forwarding-eml-unknown-recipient = Aucune adresse d’assistance parmi les destinataires
    .meaning = Aucun des en-têtes de destinataires de l’e-mail ne nomme l’une des adresses d’assistance du compte ou son sous-domaine zendesk.com : il n’a pas été transféré vers ce compte, ou les en-têtes ont été perdus en route.
    .fix = Vérifiez où la règle de transfert envoie les e-mails : elle doit cibler une adresse d’assistance de ce compte.

# forwarding : les textes des constats, les lignes de progression et les sujets.

forwarding-support-addresses = adresses d’assistance
forwarding-address-not-found-message = { $asked } n’est pas une adresse d’assistance de ce compte : Zendesk n’envoie depuis une adresse externe qu’une fois qu’elle a été ajoutée et que son transfert a été vérifié.
forwarding-address-not-found-help = Ajoutez { $asked } dans Centre d’administration > Canaux > Talk et e-mail > E-mail (Connecter une adresse externe), configurez le transfert et vérifiez-le.
forwarding-zendesk-address-message = { $email } est hébergée par Zendesk : aucun transfert ni DNS à configurer.
forwarding-progress-verify = demande à Zendesk de relancer la vérification du transfert, SPF et DNS de { $email } (PUT /api/v2/recipient_addresses/{ $id }/verify) ; Zendesk envoie un e-mail de test à l’adresse
forwarding-progress-waiting = attente d’un changement de statut de { $email } (jusqu’à { $seconds } s)
forwarding-verify-requested-message = Zendesk a été invité à vérifier à nouveau le transfert, SPF et DNS de { $email }.
forwarding-verify-changed-message = Après vérification, { $email } : transfert { $forwarding }, SPF { $spf }, CNAME { $cname }, vérification du domaine { $domain_verification }.
forwarding-verify-timeout-message = Le statut de { $email } n’a pas changé dans les { $seconds } s qui ont suivi la demande de vérification.
forwarding-verify-timeout-help = Relancez `zdiag forwarding { $email }` dans quelques minutes, et cherchez l’e-mail de test de Zendesk parmi les tickets suspendus.

forwarding-spf-fix = Ajoutez include:mail.zendesk.com à l’enregistrement SPF de { $domain }, avant `all`.
forwarding-dkim-fix = Publiez zendesk1._domainkey.{ $domain } CNAME zendesk1._domainkey.zendesk.com et zendesk2._domainkey.{ $domain } CNAME zendesk2._domainkey.zendesk.com.
forwarding-verification-fix = Publiez l’enregistrement TXT zendeskverification.{ $domain } avec la valeur { $code }.
forwarding-verification-fix-no-code = Publiez l’enregistrement TXT zendeskverification que Zendesk affiche pour l’adresse.
forwarding-label-spf = SPF
forwarding-label-cnames = des CNAME DKIM
forwarding-label-domain-verification = du domaine (TXT)
forwarding-dkim-without-cnames-message = « Domaine personnalisé pour DKIM » est activé, mais Zendesk n’a pas vérifié les CNAME DKIM de { $domain } (cname_status { $status }) : Zendesk avertit que cela provoque des échecs de livraison.
forwarding-dkim-without-cnames-help = Publiez les deux CNAME DKIM de { $domain } et faites-les vérifier, ou désactivez « Domaine personnalisé pour DKIM » (Centre d’administration > Canaux > Talk et e-mail > E-mail) jusqu’à ce qu’ils soient en place.

forwarding-no-mx-note = { $domain } n’a pas d’enregistrement MX : les e-mails envoyés à { $email } ne sont jamais livrés, ils ne peuvent donc pas être transférés.
forwarding-verified-message = Le transfert de { $email } est vérifié : Zendesk envoie ses notifications depuis cette adresse.
forwarding-waiting-message = Zendesk a envoyé son e-mail de test à { $email } et l’attend toujours : aucune notification n’est envoyée depuis cette adresse tant qu’il n’est pas arrivé.{ $mx_note }
forwarding-waiting-help = Configurez un transfert automatique côté serveur de { $email } vers une adresse d’assistance Zendesk ; si votre fournisseur a envoyé un e-mail de confirmation, ouvrez le ticket ou le ticket suspendu qu’il a créé et cliquez sur le lien ; puis vérifiez à nouveau (`zdiag forwarding { $email } --verify`, ou Vérifier dans Centre d’administration > Canaux > Talk et e-mail > E-mail).
forwarding-failed-message = La vérification du transfert de { $email } a échoué : des tickets peuvent encore être créés, mais Zendesk n’envoie aucune notification depuis cette adresse tant qu’elle n’a pas été vérifiée à nouveau.{ $mx_note }
forwarding-failed-help = Corrigez le transfert sur le serveur de messagerie (côté serveur, directement vers une adresse d’assistance Zendesk ; Microsoft 365 doit autoriser le transfert automatique externe), puis vérifiez à nouveau (`zdiag forwarding { $email } --verify`, ou Vérifier dans Centre d’administration > Canaux > Talk et e-mail > E-mail).
forwarding-unknown-message = Le transfert de { $email } n’a jamais été vérifié (statut { $status }) : Zendesk n’envoie aucune notification depuis une adresse externe non vérifiée.{ $mx_note }
forwarding-unknown-help = Configurez le transfert côté serveur de { $email } vers une adresse d’assistance Zendesk, puis vérifiez à nouveau (`zdiag forwarding { $email } --verify`, ou Vérifier dans Centre d’administration > Canaux > Talk et e-mail > E-mail).
forwarding-cause-not-set-up = transfert non configuré, ou configuré comme règle du client de messagerie plutôt que sur le serveur
forwarding-cause-wrong-address = transfert vers une adresse qui n’est pas l’une des adresses Zendesk de ce compte
forwarding-cause-provider-blocks = le fournisseur bloque le transfert automatique vers des domaines externes (Microsoft 365 : domaines distants et stratégie anti-spam sortante)
forwarding-cause-confirmation-waiting = l’e-mail de confirmation du transfert envoyé par le fournisseur attend dans Zendesk (peut-être suspendu)
forwarding-cause-alias = un alias ou une liste de distribution utilisé comme adresse d’assistance
forwarding-cause-several-hops = plusieurs transferts successifs avant Zendesk

forwarding-dns-reverify-help = Vérifiez à nouveau { $email } : `zdiag forwarding { $email } --verify`, ou Vérifier dans Centre d’administration > Canaux > Talk et e-mail > E-mail.
forwarding-dns-regressed-message = Zendesk a validé la vérification { $label } de { $email } par le passé, mais à présent { $why }.
forwarding-dns-verified-message = Zendesk indique la vérification { $label } de { $email } comme réussie.
forwarding-dns-reverify-message = Zendesk indique la vérification { $label } de { $email } en échec, mais le DNS est correct à présent ({ $why }) : corrigé mais pas vérifié à nouveau.
forwarding-dns-failed-message = Zendesk indique la vérification { $label } de { $email } en échec : { $why }.
forwarding-dns-failed-unknown-message = Zendesk indique la vérification { $label } de { $email } en échec ; le DNS n’a pas pu dire pourquoi ({ $why }).
forwarding-dns-unverified-missing-message = Zendesk n’a pas validé la vérification { $label } de { $email } (statut { $status }), et { $why }.
forwarding-dns-unverified-message = Zendesk n’a pas encore validé la vérification { $label } de { $email } (statut { $status }) ; DNS : { $dns }.
forwarding-dns-fix-then-verify-again = { $fix } Puis vérifiez à nouveau.
forwarding-dns-fix-then-verify-it = { $fix } Puis lancez la vérification.
forwarding-verification-no-code = Zendesk ne donne aucun code de vérification pour l’adresse
forwarding-verification-lookup-failed = la recherche TXT de { $name } a obtenu { $answer }
forwarding-verification-ready = l’enregistrement TXT { $name } contient le code { $code }
forwarding-verification-missing = il n’y a aucun enregistrement TXT à { $name } (attendu : { $code })
forwarding-verification-wrong = l’enregistrement TXT { $name } contient { $values } au lieu du code { $code }

forwarding-eml-subject-none = message
forwarding-eml-unknown-recipient-message = Aucun des destinataires de l’e-mail n’est une adresse d’assistance de ce compte.
forwarding-eml-sent-to-received-at = Envoyé à { $to }, reçu par Zendesk à { $at }.
forwarding-eml-sent-to = Envoyé à l’adresse d’assistance { $to }.
forwarding-eml-received-at = Reçu par Zendesk à { $at }.
forwarding-eml-gmail-message = Le transfert automatique de Gmail l’a envoyé de { $by } à { $to }.
forwarding-eml-multi-hop-message = Transféré { $count } fois ({ $hops }) avant Zendesk : non pris en charge ; Zendesk prend comme demandeur la première adresse de Répondre à (Reply-To) ou De (From) ({ $requester }).
forwarding-eml-client-forward-suspended = Il provient de { $from }, l’une des adresses d’assistance du compte : Zendesk le suspend (« Reçu d’une adresse d’assistance »).
forwarding-eml-client-forward-requester = Le demandeur devient { $from }, et non le client.
forwarding-eml-client-forward-message = Transféré depuis un client de messagerie, et non par le serveur ({ $signs }). { $risk }
forwarding-eml-client-forward-help = Remplacez le transfert manuel ou par règle du client de messagerie par un transfert automatique côté serveur vers une adresse d’assistance Zendesk.
forwarding-eml-one-hop = Un seul transfert côté serveur, de { $hop } vers Zendesk : pris en charge.
forwarding-eml-straight = Envoyé directement à Zendesk, sans transfert.
forwarding-sign-subject-prefix = l’objet commence par « { $prefix } »
forwarding-sign-body-marker = le corps cite un message transféré (« { $marker } »)
forwarding-sign-forwarded-message-id = un en-tête X-Forwarded-Message-Id (transfert d’un client de messagerie)
