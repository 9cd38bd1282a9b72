<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv">
<context>
    <name>m3cart::ui::AlertCenter</name>
    <message>
        <location filename="../ui/session/alert_center.cpp" line="74"/>
        <source>Dead letters need attention</source>
        <translation>Döda meddelanden behöver åtgärdas</translation>
    </message>
    <message>
        <location filename="../ui/session/alert_center.cpp" line="75"/>
        <source>Dead letters: %1 (threshold %2).</source>
        <translation>Döda meddelanden: %1 (gräns %2).</translation>
    </message>
    <message>
        <location filename="../ui/session/alert_center.cpp" line="80"/>
        <source>Connection paused: %1</source>
        <translation>Anslutningen pausad: %1</translation>
    </message>
    <message>
        <location filename="../ui/session/alert_center.cpp" line="81"/>
        <source>3dcart</source>
        <translation>3dcart</translation>
    </message>
    <message>
        <location filename="../ui/session/alert_center.cpp" line="82"/>
        <source>M3</source>
        <translation>M3</translation>
    </message>
    <message>
        <location filename="../ui/session/alert_center.cpp" line="84"/>
        <source>Authentication failed: %1. Check the credentials on the Connections page, then resume the engine.</source>
        <translation>Inloggningen misslyckades: %1. Kontrollera uppgifterna på sidan Anslutningar och återuppta sedan motorn.</translation>
    </message>
    <message>
        <location filename="../ui/session/alert_center.cpp" line="90"/>
        <source>The backlog is not moving</source>
        <translation>Kön står still</translation>
    </message>
    <message>
        <location filename="../ui/session/alert_center.cpp" line="91"/>
        <source>Events waiting: %1; none finished for %2 minutes.</source>
        <translation>Väntande händelser: %1; ingen har blivit klar på %2 minuter.</translation>
    </message>
</context>
<context>
    <name>m3cart::ui::CartForm</name>
    <message>
        <location filename="../ui/connections/cart_form.cpp" line="24"/>
        <source>SecureURL:</source>
        <translation>SecureURL:</translation>
    </message>
    <message>
        <location filename="../ui/connections/cart_form.cpp" line="25"/>
        <source>PrivateKey:</source>
        <translation>PrivateKey:</translation>
    </message>
    <message>
        <location filename="../ui/connections/cart_form.cpp" line="26"/>
        <source>Token:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <location filename="../ui/connections/cart_form.cpp" line="27"/>
        <source>OAuth token (optional):</source>
        <translation>OAuth-token (valfritt):</translation>
    </message>
    <message>
        <location filename="../ui/connections/cart_form.cpp" line="30"/>
        <source>API host:</source>
        <translation>API-värd:</translation>
    </message>
    <message>
        <location filename="../ui/connections/cart_form.cpp" line="33"/>
        <source>REST API v2</source>
        <translation>REST-API v2</translation>
    </message>
    <message>
        <location filename="../ui/connections/cart_form.cpp" line="34"/>
        <source>REST API v1</source>
        <translation>REST-API v1</translation>
    </message>
    <message>
        <location filename="../ui/connections/cart_form.cpp" line="35"/>
        <source>API version:</source>
        <translation>API-version:</translation>
    </message>
    <message>
        <location filename="../ui/connections/cart_form.cpp" line="41"/>
        <source>3dcart reports order times in the store&apos;s local time without an offset.</source>
        <translation>3dcart anger ordertider i butikens lokala tid utan tidszon.</translation>
    </message>
    <message>
        <location filename="../ui/connections/cart_form.cpp" line="42"/>
        <source>Store time zone:</source>
        <translation>Butikens tidszon:</translation>
    </message>
    <message>
        <location filename="../ui/connections/cart_form.cpp" line="47"/>
        <source> requests/s</source>
        <translation> anrop/s</translation>
    </message>
    <message>
        <location filename="../ui/connections/cart_form.cpp" line="48"/>
        <source>Pacing:</source>
        <translation>Takt:</translation>
    </message>
    <message>
        <location filename="../ui/connections/cart_form.cpp" line="52"/>
        <source>At most at once:</source>
        <translation>Högst samtidigt:</translation>
    </message>
    <message>
        <location filename="../ui/connections/cart_form.cpp" line="72"/>
        <source>SecureURL is empty: it is your store&apos;s address, e.g. https://yourstore.3dcartstores.com.</source>
        <translation>SecureURL är tom: det är butikens adress, t.ex. https://yourstore.3dcartstores.com.</translation>
    </message>
    <message>
        <location filename="../ui/connections/cart_form.cpp" line="75"/>
        <source>SecureURL &apos;%1&apos; is not a web address.</source>
        <translation>SecureURL ”%1” är ingen webbadress.</translation>
    </message>
    <message>
        <location filename="../ui/connections/cart_form.cpp" line="79"/>
        <source>API host &apos;%1&apos; must be an http(s) address (normally https://apirest.3dcart.com).</source>
        <translation>API-värden ”%1” måste vara en http(s)-adress (normalt https://apirest.3dcart.com).</translation>
    </message>
    <message>
        <location filename="../ui/connections/cart_form.cpp" line="82"/>
        <source>PrivateKey is missing: copy it from your app in the 3dcart developer dashboard.</source>
        <translation>PrivateKey saknas: kopiera den från din app i 3dcarts utvecklarpanel.</translation>
    </message>
    <message>
        <location filename="../ui/connections/cart_form.cpp" line="85"/>
        <source>Token is missing: the store gives it when it authorises the app.</source>
        <translation>Token saknas: butiken ger den när den godkänner appen.</translation>
    </message>
    <message>
        <location filename="../ui/connections/cart_form.cpp" line="87"/>
        <source>Time zone &apos;%1&apos; is unknown; pick one from the list.</source>
        <translation>Tidszonen ”%1” är okänd; välj en i listan.</translation>
    </message>
</context>
<context>
    <name>m3cart::ui::ConnectionForm</name>
    <message>
        <location filename="../ui/connections/connection_form.cpp" line="34"/>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <location filename="../ui/connections/connection_form.cpp" line="36"/>
        <source>Test connection</source>
        <translation>Testa anslutningen</translation>
    </message>
    <message>
        <location filename="../ui/connections/connection_form.cpp" line="55"/>
        <source>Connection works. %1</source>
        <translation>Anslutningen fungerar. %1</translation>
    </message>
    <message>
        <location filename="../ui/connections/connection_form.cpp" line="57"/>
        <source>Connection failed (%1 error): %2
What to check: %3</source>
        <translation>Anslutningen misslyckades (felklass %1): %2
Kontrollera: %3</translation>
    </message>
    <message>
        <location filename="../ui/connections/connection_form.cpp" line="122"/>
        <source>Not saved:
• %1</source>
        <translation>Inte sparat:
• %1</translation>
    </message>
    <message>
        <location filename="../ui/connections/connection_form.cpp" line="135"/>
        <source>Not saved: the secret store refused: %1</source>
        <translation>Inte sparat: hemlighetslagret vägrade: %1</translation>
    </message>
    <message>
        <location filename="../ui/connections/connection_form.cpp" line="171"/>
        <source>Not saved: %1</source>
        <translation>Inte sparat: %1</translation>
    </message>
    <message>
        <location filename="../ui/connections/connection_form.cpp" line="182"/>
        <source>Saved. Secrets are kept for this session only.</source>
        <translation>Sparat. Hemligheterna gäller bara den här sessionen.</translation>
    </message>
    <message>
        <location filename="../ui/connections/connection_form.cpp" line="183"/>
        <source>Saved. Secrets are in the keychain.</source>
        <translation>Sparat. Hemligheterna finns i nyckelringen.</translation>
    </message>
    <message>
        <location filename="../ui/connections/connection_form.cpp" line="186"/>
        <source>The running engine uses the new settings after m3cart restarts.</source>
        <translation>Den körande motorn använder de nya inställningarna när m3cart startas om.</translation>
    </message>
    <message>
        <location filename="../ui/connections/connection_form.cpp" line="196"/>
        <source>Cannot test yet:
• %1</source>
        <translation>Kan inte testa än:
• %1</translation>
    </message>
    <message>
        <location filename="../ui/connections/connection_form.cpp" line="200"/>
        <source>Testing…</source>
        <translation>Testar …</translation>
    </message>
    <message>
        <location filename="../ui/connections/connection_form.cpp" line="213"/>
        <source>the PrivateKey and Token (the store must have authorised the app), and the SecureURL.</source>
        <translation>PrivateKey och Token (butiken måste ha godkänt appen) samt SecureURL.</translation>
    </message>
    <message>
        <location filename="../ui/connections/connection_form.cpp" line="215"/>
        <source>the .ionapi file (client and service account keys) or the user and password; the account must be allowed to call MI programs.</source>
        <translation>.ionapi-filen (klient- och tjänstekontonycklar) eller användare och lösenord; kontot måste få anropa MI-program.</translation>
    </message>
    <message>
        <location filename="../ui/connections/connection_form.cpp" line="217"/>
        <source>the listener secret: the token= in the URL must match.</source>
        <translation>mottagarens hemlighet: token= i URL:en måste stämma.</translation>
    </message>
    <message>
        <location filename="../ui/connections/connection_form.cpp" line="219"/>
        <source>the address and port, the network, a proxy or firewall, and whether the server is up.</source>
        <translation>adress och port, nätverket, en proxy eller brandvägg och om servern är igång.</translation>
    </message>
    <message>
        <location filename="../ui/connections/connection_form.cpp" line="221"/>
        <source>nothing is wrong with the settings; the server asks to slow down. Lower the pacing.</source>
        <translation>inställningarna är rätt; servern ber om färre anrop. Sänk takten.</translation>
    </message>
    <message>
        <location filename="../ui/connections/connection_form.cpp" line="223"/>
        <source>the API base URL and the API version.</source>
        <translation>API:ets bas-URL och API-versionen.</translation>
    </message>
    <message>
        <location filename="../ui/connections/connection_form.cpp" line="224"/>
        <source>the gateway URL (pu) and the tenant; on premise, the base URL and port.</source>
        <translation>gateway-URL:en (pu) och tenant; lokalt installerat bas-URL och port.</translation>
    </message>
    <message>
        <location filename="../ui/connections/connection_form.cpp" line="225"/>
        <source>the address and port.</source>
        <translation>adress och port.</translation>
    </message>
    <message>
        <location filename="../ui/connections/connection_form.cpp" line="227"/>
        <source>the values in the form (a URL, a number).</source>
        <translation>värdena i formuläret (en URL, ett tal).</translation>
    </message>
    <message>
        <location filename="../ui/connections/connection_form.cpp" line="228"/>
        <source>the settings above.</source>
        <translation>inställningarna ovan.</translation>
    </message>
</context>
<context>
    <name>m3cart::ui::ConnectionsPage</name>
    <message>
        <location filename="../ui/connections/connections_page.cpp" line="35"/>
        <source>Connections</source>
        <translation>Anslutningar</translation>
    </message>
    <message>
        <location filename="../ui/connections/connections_page.cpp" line="37"/>
        <source>Secrets go to the OS keychain only; this page shows whether one is stored, never its value.</source>
        <translation>Hemligheter sparas bara i operativsystemets nyckelring; sidan visar om en finns, aldrig värdet.</translation>
    </message>
    <message>
        <location filename="../ui/connections/connections_page.cpp" line="50"/>
        <source>Use session-only secrets</source>
        <translation>Hemligheter bara för sessionen</translation>
    </message>
    <message>
        <location filename="../ui/connections/connections_page.cpp" line="53"/>
        <source>Secrets stay in memory and are forgotten when m3cart closes; nothing is written to disk.</source>
        <translation>Hemligheterna stannar i minnet och glöms när m3cart stängs; inget skrivs till disk.</translation>
    </message>
    <message>
        <location filename="../ui/connections/connections_page.cpp" line="72"/>
        <source>3dcart</source>
        <translation>3dcart</translation>
    </message>
    <message>
        <location filename="../ui/connections/connections_page.cpp" line="73"/>
        <source>Infor M3</source>
        <translation>Infor M3</translation>
    </message>
    <message>
        <location filename="../ui/connections/connections_page.cpp" line="74"/>
        <source>Listener</source>
        <translation>Mottagare</translation>
    </message>
    <message>
        <location filename="../ui/connections/connections_page.cpp" line="80"/>
        <source>Session-only secrets: they are kept in memory and forgotten when m3cart closes. Nothing is written to disk.</source>
        <translation>Hemligheter bara för sessionen: de finns i minnet och glöms när m3cart stängs. Inget skrivs till disk.</translation>
    </message>
    <message>
        <location filename="../ui/connections/connections_page.cpp" line="91"/>
        <source>No keychain is available, so secrets cannot be saved (%1). Start a keyring (e.g. GNOME Keyring or KWallet), or use session-only secrets.</source>
        <translation>Ingen nyckelring finns, så hemligheter kan inte sparas (%1). Starta en nyckelring (t.ex. GNOME Keyring eller KWallet) eller använd hemligheter bara för sessionen.</translation>
    </message>
    <message>
        <location filename="../ui/connections/connections_page.cpp" line="98"/>
        <source>SANDBOX session: the engine uses the simulators. The connections below are your saved ones; they are not used until you start m3cart without the sandbox.</source>
        <translation>SANDBOX-session: motorn använder simulatorerna. Nedan finns dina sparade anslutningar; de används först när du startar m3cart utan sandlådan.</translation>
    </message>
</context>
<context>
    <name>m3cart::ui::ConsoleSession</name>
    <message>
        <location filename="../ui/session/console_session.cpp" line="107"/>
        <source>Secrets are kept in memory for this session only and are forgotten when m3cart closes.</source>
        <translation>Hemligheterna finns i minnet bara under den här sessionen och glöms när m3cart stängs.</translation>
    </message>
    <message>
        <location filename="../ui/session/console_session.cpp" line="144"/>
        <source>Reading the configuration…</source>
        <translation>Läser konfigurationen …</translation>
    </message>
    <message>
        <location filename="../ui/session/console_session.cpp" line="185"/>
        <source>No keychain: see Connections.</source>
        <translation>Ingen nyckelring: se Anslutningar.</translation>
    </message>
    <message>
        <location filename="../ui/session/console_session.cpp" line="191"/>
        <source>The engine is not running: complete the connections first.</source>
        <translation>Motorn körs inte: fyll i anslutningarna först.</translation>
    </message>
    <message>
        <location filename="../ui/session/console_session.cpp" line="214"/>
        <source>The engine could not start: %1</source>
        <translation>Motorn kunde inte starta: %1</translation>
    </message>
    <message>
        <location filename="../ui/session/console_session.cpp" line="305"/>
        <source>Resumed; waiting for the next call</source>
        <translation>Återupptagen; väntar på nästa anrop</translation>
    </message>
    <message>
        <location filename="../ui/session/console_session.cpp" line="326"/>
        <source>%1 connection: %2</source>
        <translation>Anslutning %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/session/console_session.cpp" line="368"/>
        <source>3dcart simulator: %1
M3 simulator: %2
Nothing leaves this computer.</source>
        <translation>3dcart-simulator: %1
M3-simulator: %2
Inget lämnar den här datorn.</translation>
    </message>
    <message>
        <location filename="../ui/session/console_session.cpp" line="407"/>
        <source>Sandbox webhooks could not be registered: %1</source>
        <translation>Sandlådans webhooks kunde inte registreras: %1</translation>
    </message>
    <message>
        <location filename="../ui/session/console_session.cpp" line="421"/>
        <source>Testing…</source>
        <translation>Testar …</translation>
    </message>
    <message>
        <location filename="../ui/session/console_session.cpp" line="453"/>
        <source>3dcart answered (order statuses: %1).</source>
        <translation>3dcart svarade (orderstatusar: %1).</translation>
    </message>
    <message>
        <location filename="../ui/session/console_session.cpp" line="469"/>
        <source>M3 answered: user %1, company %2, division %3.</source>
        <translation>M3 svarade: användare %1, bolag %2, division %3.</translation>
    </message>
    <message>
        <location filename="../ui/session/console_session.cpp" line="497"/>
        <source>The listener answered at %1.</source>
        <translation>Mottagaren svarade på %1.</translation>
    </message>
    <message>
        <location filename="../ui/session/console_session.cpp" line="510"/>
        <source>The listener has no secret yet: generate one and save the listener first.</source>
        <translation>Mottagaren har ingen hemlighet än: skapa en och spara mottagaren först.</translation>
    </message>
</context>
<context>
    <name>m3cart::ui::DashboardPage</name>
    <message>
        <location filename="../ui/dashboard/dashboard_page.cpp" line="73"/>
        <source>Waiting</source>
        <translation>Väntar</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboard_page.cpp" line="75"/>
        <source>Retrying</source>
        <translation>Försöker igen</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboard_page.cpp" line="77"/>
        <source>Held</source>
        <translation>Väntar på annan</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboard_page.cpp" line="72"/>
        <source>Dead letters</source>
        <translation>Döda meddelanden</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboard_page.cpp" line="35"/>
        <source>3dcart order → M3</source>
        <translation>3dcart-order → M3</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboard_page.cpp" line="37"/>
        <source>M3 order status → 3dcart</source>
        <translation>M3-orderstatus → 3dcart</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboard_page.cpp" line="44"/>
        <location filename="../ui/dashboard/dashboard_page.cpp" line="90"/>
        <source>done</source>
        <translation>klar</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboard_page.cpp" line="46"/>
        <source>dead-lettered</source>
        <translation>död</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboard_page.cpp" line="48"/>
        <source>failed, will retry</source>
        <translation>misslyckades, försöker igen</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboard_page.cpp" line="66"/>
        <source>Orders synced today</source>
        <translation>Order synkade i dag</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboard_page.cpp" line="68"/>
        <source>Stock pushes today</source>
        <translation>Lageruppdateringar i dag</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboard_page.cpp" line="70"/>
        <source>Backlog</source>
        <translation>Kö</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboard_page.cpp" line="79"/>
        <source>Done</source>
        <translation>Klart</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboard_page.cpp" line="187"/>
        <source>%1 in the last hour</source>
        <translation>%1 den senaste timmen</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboard_page.cpp" line="205"/>
        <source>not run yet</source>
        <translation>har inte körts än</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboard_page.cpp" line="206"/>
        <source>%1 at %2</source>
        <translation>%1 kl. %2</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboard_page.cpp" line="224"/>
        <source>Events per hour since %1</source>
        <translation>Händelser per timme sedan %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboard_page.cpp" line="58"/>
        <source>Dashboard</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboard_page.cpp" line="85"/>
        <source>Events per hour, last 24 hours</source>
        <translation>Händelser per timme, senaste 24 timmarna</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboard_page.cpp" line="89"/>
        <source>received</source>
        <translation>mottagna</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboard_page.cpp" line="118"/>
        <source>Errors by class</source>
        <translation>Fel per klass</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboard_page.cpp" line="128"/>
        <source>Last run per flow</source>
        <translation>Senaste körning per flöde</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboard_page.cpp" line="174"/>
        <source>Cannot read the store: %1</source>
        <translation>Kan inte läsa databasen: %1</translation>
    </message>
</context>
<context>
    <name>m3cart::ui::DeadLettersPage</name>
    <message>
        <location filename="../ui/deadletters/dead_letters_page.cpp" line="38"/>
        <source>Dead letters</source>
        <translation>Döda meddelanden</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dead_letters_page.cpp" line="43"/>
        <source>Retry</source>
        <translation>Försök igen</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dead_letters_page.cpp" line="45"/>
        <source>Edit and retry…</source>
        <translation>Redigera och försök igen…</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dead_letters_page.cpp" line="47"/>
        <source>Dry-run retry</source>
        <translation>Provkörning av nytt försök</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dead_letters_page.cpp" line="49"/>
        <source>Retry all matching</source>
        <translation>Försök igen med alla träffar</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dead_letters_page.cpp" line="53"/>
        <source>Discard…</source>
        <translation>Kasta…</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dead_letters_page.cpp" line="55"/>
        <source>Export…</source>
        <translation>Exportera…</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dead_letters_page.cpp" line="58"/>
        <source>Open in mapping editor</source>
        <translation>Öppna i mappningsredigeraren</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dead_letters_page.cpp" line="62"/>
        <source>Opens this payload as the mapping editor&apos;s sample once the editor exists (issue 10).</source>
        <translation>Öppnar denna nyttolast som exempel i mappningsredigeraren när den finns (ärende 10).</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dead_letters_page.cpp" line="71"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dead_letters_page.cpp" line="72"/>
        <source>Pause between two retries of a bulk retry, so the other system is not flooded.</source>
        <translation>Paus mellan två försök i en massåterförsök, så att det andra systemet inte översvämmas.</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dead_letters_page.cpp" line="75"/>
        <source>Why you retry (kept in the audit log)</source>
        <translation>Varför du försöker igen (sparas i granskningsloggen)</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dead_letters_page.cpp" line="76"/>
        <source>Pace:</source>
        <translation>Takt:</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dead_letters_page.cpp" line="78"/>
        <source>Reason:</source>
        <translation>Orsak:</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dead_letters_page.cpp" line="88"/>
        <source>Bulk retry</source>
        <translation>Massåterförsök</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dead_letters_page.cpp" line="94"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dead_letters_page.cpp" line="117"/>
        <source>#%1 retried</source>
        <translation>#%1 försökt igen</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dead_letters_page.cpp" line="117"/>
        <source>#%1 failed: %2</source>
        <translation>#%1 misslyckades: %2</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dead_letters_page.cpp" line="129"/>
        <source>Bulk retry: %1 retried, %2 failed, %3 cancelled.</source>
        <translation>Massåterförsök: %1 försökta igen, %2 misslyckade, %3 avbrutna.</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dead_letters_page.cpp" line="133"/>
        <source>Export dead letters</source>
        <translation>Exportera döda meddelanden</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dead_letters_page.cpp" line="134"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dead_letters_page.cpp" line="166"/>
        <source>retried in the console</source>
        <translation>nytt försök från konsolen</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dead_letters_page.cpp" line="181"/>
        <source>Select the dead letters to retry first.</source>
        <translation>Välj först de döda meddelanden som ska försökas igen.</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dead_letters_page.cpp" line="196"/>
        <source>No dead letter matches the filter.</source>
        <translation>Inget dött meddelande matchar filtret.</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dead_letters_page.cpp" line="205"/>
        <source>A bulk retry is running: cancel it or wait for it to finish.</source>
        <translation>Ett massåterförsök pågår: avbryt det eller vänta tills det är klart.</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dead_letters_page.cpp" line="213"/>
        <source>Retrying %1 dead letters, %2 ms apart…</source>
        <translation>Försöker igen med %1 döda meddelanden, med %2 ms mellanrum…</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dead_letters_page.cpp" line="221"/>
        <source>Select a dead letter to edit first.</source>
        <translation>Välj först ett dött meddelande att redigera.</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dead_letters_page.cpp" line="256"/>
        <source>#%1: the edited payload is saved as a new revision and the event is retried.</source>
        <translation>#%1: den redigerade nyttolasten sparas som en ny revision och händelsen försöks igen.</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dead_letters_page.cpp" line="270"/>
        <source>Select a dead letter for the dry run first.</source>
        <translation>Välj först ett dött meddelande för provkörningen.</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dead_letters_page.cpp" line="288"/>
        <source>A dry run is not available for events of kind %1 yet.</source>
        <translation>Provkörning finns ännu inte för händelser av typen %1.</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dead_letters_page.cpp" line="293"/>
        <source>Dry run of #%1 under way: reads go out, nothing is written…</source>
        <translation>Provkörning av #%1 pågår: läsningar görs, inget skrivs…</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dead_letters_page.cpp" line="296"/>
        <source>Dry run: %1</source>
        <translation>Provkörning: %1</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dead_letters_page.cpp" line="303"/>
        <source>Dry run of #%1 would fail: %2</source>
        <translation>Provkörning av #%1 skulle misslyckas: %2</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dead_letters_page.cpp" line="307"/>
        <source>Dry run of #%1</source>
        <translation>Provkörning av #%1</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dead_letters_page.cpp" line="308"/>
        <source>A retry would send these %1 calls (reads were made for real).</source>
        <translation>Ett nytt försök skulle skicka dessa %1 anrop (läsningar gjordes på riktigt).</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dead_letters_page.cpp" line="311"/>
        <source>Dry run of #%1: %2 calls.</source>
        <translation>Provkörning av #%1: %2 anrop.</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dead_letters_page.cpp" line="321"/>
        <source>Select the dead letters to discard first.</source>
        <translation>Välj först de döda meddelanden som ska kastas.</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dead_letters_page.cpp" line="325"/>
        <source>Discard %1 dead letters</source>
        <translation>Kasta %1 döda meddelanden</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dead_letters_page.cpp" line="326"/>
        <source>Discarded events are never sent. Say why; the reason is kept in the audit log.</source>
        <translation>Kastade händelser skickas aldrig. Ange varför; orsaken sparas i granskningsloggen.</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dead_letters_page.cpp" line="327"/>
        <source>Discard</source>
        <translation>Kasta</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dead_letters_page.cpp" line="341"/>
        <source>%1 dead letters discarded.</source>
        <translation>%1 döda meddelanden kastade.</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dead_letters_page.cpp" line="342"/>
        <source>Discarded %1 of %2; %3</source>
        <translation>Kastade %1 av %2; %3</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dead_letters_page.cpp" line="374"/>
        <source>%1 dead letters exported to %2.</source>
        <translation>%1 döda meddelanden exporterade till %2.</translation>
    </message>
</context>
<context>
    <name>m3cart::ui::EventBrowser</name>
    <message>
        <location filename="../ui/monitor/event_browser.cpp" line="44"/>
        <source>filter</source>
        <translation>filter</translation>
    </message>
    <message>
        <location filename="../ui/monitor/event_browser.cpp" line="65"/>
        <source>Text in the payload (Ctrl+Shift+F)</source>
        <translation>Text i nyttolasten (Ctrl+Skift+F)</translation>
    </message>
    <message>
        <location filename="../ui/monitor/event_browser.cpp" line="67"/>
        <source>Clear filters</source>
        <translation>Rensa filter</translation>
    </message>
    <message>
        <location filename="../ui/monitor/event_browser.cpp" line="212"/>
        <source>%1 events</source>
        <translation>%1 händelser</translation>
    </message>
</context>
<context>
    <name>m3cart::ui::EventDetailView</name>
    <message>
        <location filename="../ui/monitor/event_detail.cpp" line="101"/>
        <source>Payload</source>
        <translation>Nyttolast</translation>
    </message>
    <message>
        <location filename="../ui/monitor/event_detail.cpp" line="105"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../ui/monitor/event_detail.cpp" line="105"/>
        <source>Started</source>
        <translation>Startad</translation>
    </message>
    <message>
        <location filename="../ui/monitor/event_detail.cpp" line="105"/>
        <source>Duration</source>
        <translation>Varaktighet</translation>
    </message>
    <message>
        <location filename="../ui/monitor/event_detail.cpp" line="105"/>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <location filename="../ui/monitor/event_detail.cpp" line="105"/>
        <source>Class</source>
        <translation>Klass</translation>
    </message>
    <message>
        <location filename="../ui/monitor/event_detail.cpp" line="105"/>
        <source>Message</source>
        <translation>Meddelande</translation>
    </message>
    <message>
        <location filename="../ui/monitor/event_detail.cpp" line="108"/>
        <source>Attempts</source>
        <translation>Försök</translation>
    </message>
    <message>
        <location filename="../ui/monitor/event_detail.cpp" line="111"/>
        <source>Flow</source>
        <translation>Flöde</translation>
    </message>
    <message>
        <location filename="../ui/monitor/event_detail.cpp" line="120"/>
        <location filename="../ui/monitor/event_detail.cpp" line="210"/>
        <source>Revisions</source>
        <translation>Revisioner</translation>
    </message>
    <message>
        <location filename="../ui/monitor/event_detail.cpp" line="130"/>
        <source>Select an event to see its payload, attempts and links.</source>
        <translation>Välj en händelse för att se nyttolast, försök och länkar.</translation>
    </message>
    <message>
        <location filename="../ui/monitor/event_detail.cpp" line="152"/>
        <source>&lt;b&gt;#%1&lt;/b&gt; %2 · %3 · &lt;b&gt;%4&lt;/b&gt; · received %5 from %6</source>
        <translation>&lt;b&gt;#%1&lt;/b&gt; %2 · %3 · &lt;b&gt;%4&lt;/b&gt; · mottagen %5 från %6</translation>
    </message>
    <message>
        <location filename="../ui/monitor/event_detail.cpp" line="162"/>
        <source>not yet</source>
        <translation>inte ännu</translation>
    </message>
    <message>
        <location filename="../ui/monitor/event_detail.cpp" line="163"/>
        <source>3dcart %1 %2 ↔ M3 %1 %3</source>
        <translation>3dcart-%1 %2 ↔ M3-%1 %3</translation>
    </message>
    <message>
        <location filename="../ui/monitor/event_detail.cpp" line="164"/>
        <source>order</source>
        <translation>order</translation>
    </message>
    <message>
        <location filename="../ui/monitor/event_detail.cpp" line="164"/>
        <source>customer</source>
        <translation>kund</translation>
    </message>
    <message>
        <location filename="../ui/monitor/event_detail.cpp" line="168"/>
        <source>held behind &lt;a href=&quot;event:%1&quot;&gt;#%1&lt;/a&gt;</source>
        <translation>väntar bakom &lt;a href=&quot;event:%1&quot;&gt;#%1&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../ui/monitor/event_detail.cpp" line="173"/>
        <source>holding back %1</source>
        <translation>håller tillbaka %1</translation>
    </message>
    <message>
        <location filename="../ui/monitor/event_detail.cpp" line="183"/>
        <source>running</source>
        <translation>pågår</translation>
    </message>
    <message>
        <location filename="../ui/monitor/event_detail.cpp" line="183"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/monitor/event_detail.cpp" line="187"/>
        <source>request</source>
        <translation>begäran</translation>
    </message>
    <message>
        <location filename="../ui/monitor/event_detail.cpp" line="190"/>
        <source>response</source>
        <translation>svar</translation>
    </message>
    <message>
        <location filename="../ui/monitor/event_detail.cpp" line="202"/>
        <source>No flow step has finished for this event.</source>
        <translation>Inget flödessteg har slutförts för denna händelse.</translation>
    </message>
    <message>
        <location filename="../ui/monitor/event_detail.cpp" line="207"/>
        <source>Revision %1 by %2 at %3: %4</source>
        <translation>Revision %1 av %2 den %3: %4</translation>
    </message>
    <message>
        <location filename="../ui/monitor/event_detail.cpp" line="211"/>
        <source>Revisions (%1)</source>
        <translation>Revisioner (%1)</translation>
    </message>
</context>
<context>
    <name>m3cart::ui::EventMonitorPage</name>
    <message>
        <location filename="../ui/monitor/event_monitor_page.cpp" line="15"/>
        <source>Events</source>
        <translation>Händelser</translation>
    </message>
    <message>
        <location filename="../ui/monitor/event_monitor_page.cpp" line="16"/>
        <source>Every webhook, BOD and poll result, live. Filter under each column: text, =exact, &gt;, &lt;, %like%, /regex/, a..b. Ctrl+F filter · Alt+↓/↑ next/previous · Ctrl+Shift+C copy as CSV · F5 reload.</source>
        <translation>Varje webhook, BOD och avfrågningsresultat, live. Filter under varje kolumn: text, =exakt, &gt;, &lt;, %like%, /regex/, a..b. Ctrl+F filter · Alt+↓/↑ nästa/föregående · Ctrl+Skift+C kopiera som CSV · F5 läs om.</translation>
    </message>
</context>
<context>
    <name>m3cart::ui::EventTableModel</name>
    <message>
        <location filename="../ui/models/event_table_model.cpp" line="145"/>
        <source>#%1 received %2</source>
        <translation>#%1 mottagen %2</translation>
    </message>
    <message>
        <location filename="../ui/models/event_table_model.cpp" line="155"/>
        <source>held behind #%1</source>
        <translation>väntar bakom #%1</translation>
    </message>
    <message>
        <location filename="../ui/models/event_table_model.cpp" line="166"/>
        <source>%1 held</source>
        <translation>%1 väntar</translation>
    </message>
    <message>
        <location filename="../ui/models/event_table_model.cpp" line="180"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../ui/models/event_table_model.cpp" line="182"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../ui/models/event_table_model.cpp" line="184"/>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <location filename="../ui/models/event_table_model.cpp" line="186"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../ui/models/event_table_model.cpp" line="188"/>
        <source>Key</source>
        <translation>Nyckel</translation>
    </message>
    <message>
        <location filename="../ui/models/event_table_model.cpp" line="190"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/models/event_table_model.cpp" line="192"/>
        <source>Attempts</source>
        <translation>Försök</translation>
    </message>
    <message>
        <location filename="../ui/models/event_table_model.cpp" line="194"/>
        <source>Error class</source>
        <translation>Felklass</translation>
    </message>
    <message>
        <location filename="../ui/models/event_table_model.cpp" line="196"/>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <location filename="../ui/models/event_table_model.cpp" line="198"/>
        <source>Payload</source>
        <translation>Nyttolast</translation>
    </message>
    <message>
        <location filename="../ui/models/event_table_model.cpp" line="200"/>
        <source>Flow step</source>
        <translation>Flödessteg</translation>
    </message>
    <message>
        <location filename="../ui/models/event_table_model.cpp" line="202"/>
        <source>Holding back</source>
        <translation>Håller tillbaka</translation>
    </message>
</context>
<context>
    <name>m3cart::ui::FilterHeader</name>
    <message>
        <location filename="../ui/widgets/filter_header.cpp" line="37"/>
        <source>Filter: text, =exact, &gt;, &lt;, %like%, /regex/, a..b; times as 2026-11-29, -2h or a..b</source>
        <translation>Filter: text, =exakt, &gt;, &lt;, %like%, /regex/, a..b; tider som 2026-11-29, -2h eller a..b</translation>
    </message>
</context>
<context>
    <name>m3cart::ui::IssueListModel</name>
    <message>
        <location filename="../ui/mapping/issue_list_model.cpp" line="36"/>
        <source>Preview: %1</source>
        <translation>Förhandsvisning: %1</translation>
    </message>
</context>
<context>
    <name>m3cart::ui::ListenerForm</name>
    <message>
        <location filename="../ui/connections/listener_form.cpp" line="25"/>
        <source>127.0.0.1 behind a reverse proxy; 0.0.0.0 to accept from the network.</source>
        <translation>127.0.0.1 bakom en omvänd proxy; 0.0.0.0 för att ta emot från nätverket.</translation>
    </message>
    <message>
        <location filename="../ui/connections/listener_form.cpp" line="26"/>
        <source>Listen on address:</source>
        <translation>Lyssna på adress:</translation>
    </message>
    <message>
        <location filename="../ui/connections/listener_form.cpp" line="30"/>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <location filename="../ui/connections/listener_form.cpp" line="34"/>
        <source>Where 3dcart and ION reach the listener from the internet.</source>
        <translation>Där 3dcart och ION når mottagaren från internet.</translation>
    </message>
    <message>
        <location filename="../ui/connections/listener_form.cpp" line="35"/>
        <source>Public URL:</source>
        <translation>Offentlig URL:</translation>
    </message>
    <message>
        <location filename="../ui/connections/listener_form.cpp" line="36"/>
        <source>Secret:</source>
        <translation>Hemlighet:</translation>
    </message>
    <message>
        <location filename="../ui/connections/listener_form.cpp" line="37"/>
        <source>TLS certificate (PEM):</source>
        <translation>TLS-certifikat (PEM):</translation>
    </message>
    <message>
        <location filename="../ui/connections/listener_form.cpp" line="38"/>
        <source>TLS private key (PEM):</source>
        <translation>Privat TLS-nyckel (PEM):</translation>
    </message>
    <message>
        <location filename="../ui/connections/listener_form.cpp" line="40"/>
        <source>Register webhooks</source>
        <translation>Registrera webhooks</translation>
    </message>
    <message>
        <location filename="../ui/connections/listener_form.cpp" line="43"/>
        <source>Creates or updates one webhook per event at the 3dcart store, pointing at the public URL with the secret.</source>
        <translation>Skapar eller uppdaterar en webhook per händelse i 3dcart-butiken, som pekar på den offentliga URL:en med hemligheten.</translation>
    </message>
    <message>
        <location filename="../ui/connections/listener_form.cpp" line="48"/>
        <source>Webhooks registered:
%1</source>
        <translation>Webhooks registrerade:
%1</translation>
    </message>
    <message>
        <location filename="../ui/connections/listener_form.cpp" line="49"/>
        <source>Webhooks not registered: %1</source>
        <translation>Webhooks inte registrerade: %1</translation>
    </message>
    <message>
        <location filename="../ui/connections/listener_form.cpp" line="62"/>
        <source>none: plain HTTP (use a TLS proxy in front)</source>
        <translation>inget: vanlig HTTP (använd en TLS-proxy framför)</translation>
    </message>
    <message>
        <location filename="../ui/connections/listener_form.cpp" line="63"/>
        <source>Browse…</source>
        <translation>Bläddra …</translation>
    </message>
    <message>
        <location filename="../ui/connections/listener_form.cpp" line="68"/>
        <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
        <translation>PEM-filer (*.pem *.crt *.key);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../ui/connections/listener_form.cpp" line="91"/>
        <source>Address &apos;%1&apos; is not an IP address (e.g. 127.0.0.1 or 0.0.0.0).</source>
        <translation>Adressen ”%1” är ingen IP-adress (t.ex. 127.0.0.1 eller 0.0.0.0).</translation>
    </message>
    <message>
        <location filename="../ui/connections/listener_form.cpp" line="94"/>
        <source>Public URL &apos;%1&apos; must be an http(s) address.</source>
        <translation>Den offentliga URL:en ”%1” måste vara en http(s)-adress.</translation>
    </message>
    <message>
        <location filename="../ui/connections/listener_form.cpp" line="96"/>
        <source>The secret is missing: press Generate.</source>
        <translation>Hemligheten saknas: klicka på Skapa.</translation>
    </message>
    <message>
        <location filename="../ui/connections/listener_form.cpp" line="98"/>
        <source>The secret is too short: use at least 16 characters, or press Generate.</source>
        <translation>Hemligheten är för kort: minst 16 tecken, eller klicka på Skapa.</translation>
    </message>
    <message>
        <location filename="../ui/connections/listener_form.cpp" line="100"/>
        <source>TLS needs both the certificate and the private key (or neither).</source>
        <translation>TLS kräver både certifikat och privat nyckel (eller ingetdera).</translation>
    </message>
    <message>
        <location filename="../ui/connections/listener_form.cpp" line="103"/>
        <source>Cannot read %1.</source>
        <translation>Kan inte läsa %1.</translation>
    </message>
    <message>
        <location filename="../ui/connections/listener_form.cpp" line="121"/>
        <source>Enter the public URL first: the address 3dcart calls, e.g. https://hooks.example.com.</source>
        <translation>Ange den offentliga URL:en först: adressen som 3dcart anropar, t.ex. https://hooks.example.com.</translation>
    </message>
    <message>
        <location filename="../ui/connections/listener_form.cpp" line="125"/>
        <source>Registering webhooks…</source>
        <translation>Registrerar webhooks …</translation>
    </message>
</context>
<context>
    <name>m3cart::ui::M3Form</name>
    <message>
        <location filename="../ui/connections/m3_form.cpp" line="34"/>
        <source>Infor CloudSuite (ION API gateway, .ionapi file)</source>
        <translation>Infor CloudSuite (ION API-gateway, .ionapi-fil)</translation>
    </message>
    <message>
        <location filename="../ui/connections/m3_form.cpp" line="35"/>
        <source>On premise (direct URL, user and password)</source>
        <translation>Lokalt installerat (direkt URL, användare och lösenord)</translation>
    </message>
    <message>
        <location filename="../ui/connections/m3_form.cpp" line="36"/>
        <source>Connect through:</source>
        <translation>Anslut via:</translation>
    </message>
    <message>
        <location filename="../ui/connections/m3_form.cpp" line="41"/>
        <source>Import .ionapi file…</source>
        <translation>Importera .ionapi-fil …</translation>
    </message>
    <message>
        <location filename="../ui/connections/m3_form.cpp" line="45"/>
        <source>Credentials file:</source>
        <translation>Inloggningsfil:</translation>
    </message>
    <message>
        <location filename="../ui/connections/m3_form.cpp" line="50"/>
        <source>Tenant and endpoints:</source>
        <translation>Tenant och ändpunkter:</translation>
    </message>
    <message>
        <location filename="../ui/connections/m3_form.cpp" line="51"/>
        <source>Client secret:</source>
        <translation>Klienthemlighet:</translation>
    </message>
    <message>
        <location filename="../ui/connections/m3_form.cpp" line="52"/>
        <source>Service account key:</source>
        <translation>Tjänstekontots nyckel:</translation>
    </message>
    <message>
        <location filename="../ui/connections/m3_form.cpp" line="53"/>
        <source>Service account secret:</source>
        <translation>Tjänstekontots hemlighet:</translation>
    </message>
    <message>
        <location filename="../ui/connections/m3_form.cpp" line="58"/>
        <source>M3 URL:</source>
        <translation>M3-URL:</translation>
    </message>
    <message>
        <location filename="../ui/connections/m3_form.cpp" line="61"/>
        <source>User:</source>
        <translation>Användare:</translation>
    </message>
    <message>
        <location filename="../ui/connections/m3_form.cpp" line="62"/>
        <source>Password:</source>
        <translation>Lösenord:</translation>
    </message>
    <message>
        <location filename="../ui/connections/m3_form.cpp" line="66"/>
        <location filename="../ui/connections/m3_form.cpp" line="69"/>
        <source>the user&apos;s default</source>
        <translation>användarens standard</translation>
    </message>
    <message>
        <location filename="../ui/connections/m3_form.cpp" line="67"/>
        <source>Company:</source>
        <translation>Bolag:</translation>
    </message>
    <message>
        <location filename="../ui/connections/m3_form.cpp" line="70"/>
        <source>Division:</source>
        <translation>Division:</translation>
    </message>
    <message>
        <location filename="../ui/connections/m3_form.cpp" line="72"/>
        <source>Facility:</source>
        <translation>Anläggning:</translation>
    </message>
    <message>
        <location filename="../ui/connections/m3_form.cpp" line="74"/>
        <source>Warehouse:</source>
        <translation>Lager:</translation>
    </message>
    <message>
        <location filename="../ui/connections/m3_form.cpp" line="76"/>
        <source>Order type:</source>
        <translation>Ordertyp:</translation>
    </message>
    <message>
        <location filename="../ui/connections/m3_form.cpp" line="78"/>
        <source>New web customers are created in M3 as copies of this customer.</source>
        <translation>Nya webbkunder skapas i M3 som kopior av den här kunden.</translation>
    </message>
    <message>
        <location filename="../ui/connections/m3_form.cpp" line="79"/>
        <source>Template customer:</source>
        <translation>Mallkund:</translation>
    </message>
    <message>
        <location filename="../ui/connections/m3_form.cpp" line="82"/>
        <source>MI REST v2</source>
        <translation>MI REST v2</translation>
    </message>
    <message>
        <location filename="../ui/connections/m3_form.cpp" line="83"/>
        <source>MI REST v1</source>
        <translation>MI REST v1</translation>
    </message>
    <message>
        <location filename="../ui/connections/m3_form.cpp" line="84"/>
        <source>API version:</source>
        <translation>API-version:</translation>
    </message>
    <message>
        <location filename="../ui/connections/m3_form.cpp" line="88"/>
        <source>Import ION API credentials</source>
        <translation>Importera ION API-inloggning</translation>
    </message>
    <message>
        <location filename="../ui/connections/m3_form.cpp" line="89"/>
        <source>ION API files (*.ionapi);;All files (*)</source>
        <translation>ION API-filer (*.ionapi);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../ui/connections/m3_form.cpp" line="109"/>
        <source>No file imported yet. Download it in ION API &gt; Authorized Apps (a backend service app) with a service account.</source>
        <translation>Ingen fil importerad än. Ladda ner den under ION API &gt; Authorized Apps (en backend-tjänsteapp) med ett tjänstekonto.</translation>
    </message>
    <message>
        <location filename="../ui/connections/m3_form.cpp" line="113"/>
        <source>Tenant %1, app &quot;%2&quot;
Gateway: %3
Token: %4</source>
        <translation>Tenant %1, app ”%2”
Gateway: %3
Token: %4</translation>
    </message>
    <message>
        <location filename="../ui/connections/m3_form.cpp" line="139"/>
        <source>Cannot use %1: %2</source>
        <translation>Kan inte använda %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/connections/m3_form.cpp" line="158"/>
        <source>Import the .ionapi file first (Import .ionapi file…).</source>
        <translation>Importera .ionapi-filen först (Importera .ionapi-fil …).</translation>
    </message>
    <message>
        <location filename="../ui/connections/m3_form.cpp" line="160"/>
        <source>The client secret is missing: import the .ionapi file again.</source>
        <translation>Klienthemligheten saknas: importera .ionapi-filen igen.</translation>
    </message>
    <message>
        <location filename="../ui/connections/m3_form.cpp" line="162"/>
        <source>The service account keys are missing: download the credentials with a service account and import them again.</source>
        <translation>Tjänstekontots nycklar saknas: ladda ner inloggningen med ett tjänstekonto och importera den igen.</translation>
    </message>
    <message>
        <location filename="../ui/connections/m3_form.cpp" line="169"/>
        <source>M3 URL &apos;%1&apos; must be an http(s) address with host and port.</source>
        <translation>M3-URL:en ”%1” måste vara en http(s)-adress med värd och port.</translation>
    </message>
    <message>
        <location filename="../ui/connections/m3_form.cpp" line="171"/>
        <source>The M3 user is missing.</source>
        <translation>M3-användaren saknas.</translation>
    </message>
    <message>
        <location filename="../ui/connections/m3_form.cpp" line="173"/>
        <source>The password is missing.</source>
        <translation>Lösenordet saknas.</translation>
    </message>
    <message>
        <location filename="../ui/connections/m3_form.cpp" line="176"/>
        <source>The template customer number cannot contain spaces.</source>
        <translation>Mallkundens nummer får inte innehålla mellanslag.</translation>
    </message>
</context>
<context>
    <name>m3cart::ui::MainWindow</name>
    <message>
        <location filename="../ui/main_window.cpp" line="48"/>
        <source>Dashboard</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="49"/>
        <source>Events</source>
        <translation>Händelser</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="50"/>
        <source>Every webhook, BOD and poll result as it arrives: status, attempts, the last error and the payload. Filter by status, kind, key or payload text.</source>
        <translation>Varje webhook, BOD och avfrågningsresultat när det kommer: status, försök, senaste fel och innehåll. Filtrera på status, typ, nyckel eller text.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="53"/>
        <source>Dead letters</source>
        <translation>Döda meddelanden</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="54"/>
        <source>Events that need an operator: inspect the error and every attempt, edit the payload and retry, or discard with a reason. Until this page lands, use &apos;m3cart dlq&apos;.</source>
        <translation>Händelser som behöver en operatör: granska felet och varje försök, redigera innehållet och försök igen, eller kasta med en motivering. Tills sidan finns: &apos;m3cart dlq&apos;.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="58"/>
        <source>Mappings</source>
        <translation>Mappningar</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="59"/>
        <source>How 3dcart fields become M3 transaction fields and back, with live preview and validation against M3 metadata.</source>
        <translation>Hur 3dcart-fält blir M3-transaktionsfält och tillbaka, med förhandsgranskning och validering mot M3-metadata.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="62"/>
        <source>Syncs</source>
        <translation>Synkningar</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="63"/>
        <source>Run stock, item, order and status syncs on demand, with progress, cancel and a history of runs.</source>
        <translation>Kör lager-, artikel-, order- och statussynkningar vid behov, med förlopp, avbryt och historik.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="66"/>
        <source>Connections</source>
        <translation>Anslutningar</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="76"/>
        <source>3dcart</source>
        <translation>3dcart</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="78"/>
        <source>M3</source>
        <translation>M3</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="79"/>
        <source>Listener</source>
        <translation>Mottagare</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="67"/>
        <source>Audit</source>
        <translation>Logg</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="68"/>
        <source>Who did what and why: retries, discards, edits and settings changes.</source>
        <translation>Vem gjorde vad och varför: nya försök, kasseringar, ändringar och inställningar.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="70"/>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="95"/>
        <source>m3cart — 3dcart ↔ Infor M3</source>
        <translation>m3cart — 3dcart ↔ Infor M3</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="146"/>
        <source>Show</source>
        <translation>Visa</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="147"/>
        <source>Dismiss</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="207"/>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="208"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="212"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="215"/>
        <source>&amp;Engine</source>
        <translation>&amp;Motor</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="216"/>
        <location filename="../ui/main_window.cpp" line="307"/>
        <source>&amp;Pause engine</source>
        <translation>&amp;Pausa motorn</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="225"/>
        <source>paused by %1 in the console</source>
        <translation>pausad av %1 i konsolen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="225"/>
        <source>the operator</source>
        <translation>operatören</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="228"/>
        <source>Explore with the &amp;sandbox</source>
        <translation>Utforska med &amp;sandlådan</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="232"/>
        <source>&amp;Go</source>
        <translation>&amp;Gå till</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="238"/>
        <source>Main</source>
        <translation>Huvud</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="258"/>
        <source>Store: %1</source>
        <translation>Databas: %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="270"/>
        <source>not configured</source>
        <translation>inte konfigurerad</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="274"/>
        <source>checking</source>
        <translation>kontrolleras</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="278"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="282"/>
        <source>failing</source>
        <translation>fel</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="295"/>
        <source>Engine: stopped</source>
        <translation>Motor: stoppad</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="297"/>
        <source>Engine: paused (%1)</source>
        <translation>Motor: pausad (%1)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="299"/>
        <source>Engine: running</source>
        <translation>Motor: körs</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="301"/>
        <source> · backlog %1</source>
        <translation> · kö %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="307"/>
        <source>&amp;Resume engine</source>
        <translation>&amp;Återuppta motorn</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="321"/>
        <source>m3cart — SANDBOX (simulated 3dcart and M3)</source>
        <translation>m3cart — SANDLÅDA (simulerade 3dcart och M3)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="330"/>
        <source>SANDBOX</source>
        <translation>SANDLÅDA</translation>
    </message>
</context>
<context>
    <name>m3cart::ui::MappingDraft</name>
    <message>
        <location filename="../ui/mapping/mapping_draft.cpp" line="39"/>
        <source>Edit %1</source>
        <translation>Redigera %1</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_draft.cpp" line="147"/>
        <source>Cannot read %1: %2</source>
        <translation>Kan inte läsa %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_draft.cpp" line="151"/>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 är inte giltig JSON: %2</translation>
    </message>
</context>
<context>
    <name>m3cart::ui::MappingEditor</name>
    <message>
        <location filename="../ui/mapping/mapping_editor.cpp" line="48"/>
        <source>Undo</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_editor.cpp" line="50"/>
        <source>Redo</source>
        <translation>Gör om</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_editor.cpp" line="53"/>
        <source>Open sample…</source>
        <translation>Öppna exempel…</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_editor.cpp" line="140"/>
        <source>Validation: no issues.</source>
        <translation>Validering: inga problem.</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_editor.cpp" line="141"/>
        <source>Validation: %1 error(s), %2 warning(s). Click one to show its rule.</source>
        <translation>Validering: %1 fel, %2 varning(ar). Klicka på ett för att visa dess regel.</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_editor.cpp" line="150"/>
        <source>%1 (%2)
%3</source>
        <translation>%1 (%2)
%3</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_editor.cpp" line="160"/>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_editor.cpp" line="162"/>
        <source>
↻ one per %1</source>
        <translation>
↻ en per %1</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_editor.cpp" line="219"/>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_editor.cpp" line="219"/>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_editor.cpp" line="219"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_editor.cpp" line="222"/>
        <source>No sample: open a JSON payload to preview the output.</source>
        <translation>Inget exempel: öppna en JSON-nyttolast för att förhandsvisa utdata.</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_editor.cpp" line="228"/>
        <source>No preview: the mapping has errors (see below).</source>
        <translation>Ingen förhandsvisning: mappningen har fel (se nedan).</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_editor.cpp" line="229"/>
        <source>No preview: %1</source>
        <translation>Ingen förhandsvisning: %1</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_editor.cpp" line="237"/>
        <source>Section %1 skipped for this sample (&apos;when&apos; is false).</source>
        <translation>Avsnitt %1 hoppas över för detta exempel (&apos;when&apos; är falskt).</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mapping/mapping_editor.cpp" line="240"/>
        <source>%n record(s) for %1</source>
        <translation>
            <numerusform>%n post för %1</numerusform>
            <numerusform>%n poster för %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_editor.cpp" line="246"/>
        <source>Record %1</source>
        <translation>Post %1</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_editor.cpp" line="260"/>
        <source>Open sample payload</source>
        <translation>Öppna exempelnyttolast</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_editor.cpp" line="260"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-filer (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_editor.cpp" line="264"/>
        <source>Sample</source>
        <translation>Exempel</translation>
    </message>
</context>
<context>
    <name>m3cart::ui::MappingsPage</name>
    <message>
        <location filename="../ui/mapping/mappings_page.cpp" line="43"/>
        <source>Save as new version…</source>
        <translation>Spara som ny version…</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappings_page.cpp" line="46"/>
        <source>Activate</source>
        <translation>Aktivera</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappings_page.cpp" line="48"/>
        <source>Make the saved version the one the flows use (it must validate).</source>
        <translation>Gör den sparade versionen till den flödena använder (den måste valideras).</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappings_page.cpp" line="51"/>
        <source>%1 version %2 is active.</source>
        <translation>%1 version %2 är aktiv.</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappings_page.cpp" line="76"/>
        <source>Mappings</source>
        <translation>Mappningar</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappings_page.cpp" line="78"/>
        <source>How 3dcart fields become M3 transaction fields and back: one line per target field, a live preview of a sample, validation against the M3 metadata as you type. Double-click an expression to edit it.</source>
        <translation>Hur 3dcart-fält blir M3-transaktionsfält och tillbaka: en rad per målfält, en direkt förhandsvisning av ett exempel, validering mot M3-metadata medan du skriver. Dubbelklicka på ett uttryck för att redigera det.</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappings_page.cpp" line="86"/>
        <source>Save version</source>
        <translation>Spara version</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappings_page.cpp" line="86"/>
        <source>What changed, and why?</source>
        <translation>Vad ändrades, och varför?</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappings_page.cpp" line="119"/>
        <source>%1
version %2, active</source>
        <translation>%1
version %2, aktiv</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappings_page.cpp" line="120"/>
        <source>%1
version %2 (latest, not active)</source>
        <translation>%1
version %2 (senaste, inte aktiv)</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappings_page.cpp" line="133"/>
        <source>%1
shipped default</source>
        <translation>%1
medföljande standard</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappings_page.cpp" line="137"/>
        <source>Shipped with m3cart, not saved in the store yet (%1).</source>
        <translation>Levereras med m3cart, ännu inte sparad i lagret (%1).</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappings_page.cpp" line="181"/>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappings_page.cpp" line="181"/>
        <source>shipped default</source>
        <translation>medföljande standard</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappings_page.cpp" line="189"/>
        <source>No mapping is open.</source>
        <translation>Ingen mappning är öppen.</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappings_page.cpp" line="198"/>
        <source>Saved %1 version %2.</source>
        <translation>Sparade %1 version %2.</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappings_page.cpp" line="206"/>
        <source>Save the mapping as a version first.</source>
        <translation>Spara mappningen som en version först.</translation>
    </message>
</context>
<context>
    <name>m3cart::ui::PayloadEditDialog</name>
    <message>
        <location filename="../ui/deadletters/dlq_dialogs.cpp" line="36"/>
        <source>Edit the payload of #%1 and retry</source>
        <translation>Redigera nyttolasten för #%1 och försök igen</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dlq_dialogs.cpp" line="40"/>
        <source>The edited payload is kept as a new revision; the original stays as it arrived.</source>
        <translation>Den redigerade nyttolasten sparas som en ny revision; originalet förblir som det kom.</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dlq_dialogs.cpp" line="55"/>
        <source>Why the payload is changed (required, kept in the audit log)</source>
        <translation>Varför nyttolasten ändras (obligatoriskt, sparas i granskningsloggen)</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dlq_dialogs.cpp" line="56"/>
        <source>Reason:</source>
        <translation>Orsak:</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dlq_dialogs.cpp" line="59"/>
        <source>Dry run</source>
        <translation>Provkörning</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dlq_dialogs.cpp" line="61"/>
        <source>Save and retry</source>
        <translation>Spara och försök igen</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dlq_dialogs.cpp" line="90"/>
        <source>Valid JSON.</source>
        <translation>Giltig JSON.</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dlq_dialogs.cpp" line="94"/>
        <source>Not valid JSON: %1 at line %2, column %3.</source>
        <translation>Inte giltig JSON: %1 på rad %2, kolumn %3.</translation>
    </message>
</context>
<context>
    <name>m3cart::ui::PayloadView</name>
    <message>
        <location filename="../ui/widgets/payload_view.cpp" line="66"/>
        <source>Search the payload (Return: next, Shift+Return: previous)</source>
        <translation>Sök i nyttolasten (Retur: nästa, Skift+Retur: föregående)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/payload_view.cpp" line="141"/>
        <source>%1, lines: %2</source>
        <translation>%1, rader: %2</translation>
    </message>
    <message>
        <location filename="../ui/widgets/payload_view.cpp" line="143"/>
        <source>matches: %1</source>
        <translation>träffar: %1</translation>
    </message>
</context>
<context>
    <name>m3cart::ui::PlaceholderPage</name>
    <message>
        <location filename="../ui/placeholder_page.cpp" line="31"/>
        <source>Filter: %1</source>
        <translation>Filter: %1</translation>
    </message>
</context>
<context>
    <name>m3cart::ui::ReasonDialog</name>
    <message>
        <location filename="../ui/deadletters/dlq_dialogs.cpp" line="116"/>
        <source>Reason (required, kept in the audit log)</source>
        <translation>Orsak (obligatoriskt, sparas i granskningsloggen)</translation>
    </message>
</context>
<context>
    <name>m3cart::ui::RetryPolicyModel</name>
    <message>
        <location filename="../ui/models/retry_policy_model.cpp" line="18"/>
        <source>Transient (network, 5xx, timeout)</source>
        <translation>Tillfälligt (nätverk, 5xx, tidsgräns)</translation>
    </message>
    <message>
        <location filename="../ui/models/retry_policy_model.cpp" line="20"/>
        <source>Rate limited (429)</source>
        <translation>Begränsad takt (429)</translation>
    </message>
    <message>
        <location filename="../ui/models/retry_policy_model.cpp" line="22"/>
        <source>Authentication (401/403)</source>
        <translation>Inloggning (401/403)</translation>
    </message>
    <message>
        <location filename="../ui/models/retry_policy_model.cpp" line="24"/>
        <source>Data (rejected by the other system)</source>
        <translation>Data (avvisat av det andra systemet)</translation>
    </message>
    <message>
        <location filename="../ui/models/retry_policy_model.cpp" line="26"/>
        <source>Not found</source>
        <translation>Hittades inte</translation>
    </message>
    <message>
        <location filename="../ui/models/retry_policy_model.cpp" line="28"/>
        <source>Conflict (already exists)</source>
        <translation>Konflikt (finns redan)</translation>
    </message>
    <message>
        <location filename="../ui/models/retry_policy_model.cpp" line="65"/>
        <source>When attempts run out: dead-letter the event for an operator (checked) or keep retrying at the cap (unchecked).</source>
        <translation>När försöken är slut: lägg händelsen bland döda meddelanden för en operatör (ikryssad) eller fortsätt försöka med maxintervallet (ej ikryssad).</translation>
    </message>
    <message>
        <location filename="../ui/models/retry_policy_model.cpp" line="71"/>
        <source>An authentication failure pauses the connection instead of retrying; attempts are not counted.</source>
        <translation>Ett inloggningsfel pausar anslutningen i stället för nya försök; försöken räknas inte.</translation>
    </message>
    <message>
        <location filename="../ui/models/retry_policy_model.cpp" line="95"/>
        <source>Error class</source>
        <translation>Felklass</translation>
    </message>
    <message>
        <location filename="../ui/models/retry_policy_model.cpp" line="97"/>
        <source>Max attempts</source>
        <translation>Max försök</translation>
    </message>
    <message>
        <location filename="../ui/models/retry_policy_model.cpp" line="99"/>
        <source>Base delay (s)</source>
        <translation>Grundfördröjning (s)</translation>
    </message>
    <message>
        <location filename="../ui/models/retry_policy_model.cpp" line="101"/>
        <source>Cap (s)</source>
        <translation>Tak (s)</translation>
    </message>
    <message>
        <location filename="../ui/models/retry_policy_model.cpp" line="103"/>
        <source>Dead-letter</source>
        <translation>Döda meddelanden</translation>
    </message>
    <message>
        <location filename="../ui/models/retry_policy_model.cpp" line="136"/>
        <source>%1: max attempts must be a whole number from 1 to 1000.</source>
        <translation>%1: max försök måste vara ett heltal från 1 till 1000.</translation>
    </message>
    <message>
        <location filename="../ui/models/retry_policy_model.cpp" line="149"/>
        <source>%1: delays must be from 0 to 86400 seconds.</source>
        <translation>%1: fördröjningar måste vara från 0 till 86400 sekunder.</translation>
    </message>
    <message>
        <location filename="../ui/models/retry_policy_model.cpp" line="173"/>
        <source>%1: the cap (%2 s) is below the base delay (%3 s).</source>
        <translation>%1: taket (%2 s) är lägre än grundfördröjningen (%3 s).</translation>
    </message>
    <message>
        <location filename="../ui/models/retry_policy_model.cpp" line="179"/>
        <source>%1: retries need a cap above 0 s, or every retry happens at once.</source>
        <translation>%1: nya försök kräver ett tak över 0 s, annars sker varje försök direkt.</translation>
    </message>
</context>
<context>
    <name>m3cart::ui::RuleTableModel</name>
    <message>
        <location filename="../ui/mapping/rule_table_model.cpp" line="85"/>
        <source>Rule %1</source>
        <translation>Regel %1</translation>
    </message>
    <message>
        <location filename="../ui/mapping/rule_table_model.cpp" line="87"/>
        <source>Mandatory field</source>
        <translation>Obligatoriskt fält</translation>
    </message>
    <message>
        <location filename="../ui/mapping/rule_table_model.cpp" line="89"/>
        <source>Max. length %1</source>
        <translation>Max. längd %1</translation>
    </message>
    <message>
        <location filename="../ui/mapping/rule_table_model.cpp" line="91"/>
        <source>Value map: %1</source>
        <translation>Värdemappning: %1</translation>
    </message>
    <message>
        <location filename="../ui/mapping/rule_table_model.cpp" line="93"/>
        <source>Lookup: %1</source>
        <translation>Uppslagstabell: %1</translation>
    </message>
    <message>
        <location filename="../ui/mapping/rule_table_model.cpp" line="101"/>
        <source>Made by rule %1</source>
        <translation>Skapad av regel %1</translation>
    </message>
    <message>
        <location filename="../ui/mapping/rule_table_model.cpp" line="145"/>
        <source>Target field</source>
        <translation>Målfält</translation>
    </message>
    <message>
        <location filename="../ui/mapping/rule_table_model.cpp" line="147"/>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <location filename="../ui/mapping/rule_table_model.cpp" line="149"/>
        <source>Expression</source>
        <translation>Uttryck</translation>
    </message>
    <message>
        <location filename="../ui/mapping/rule_table_model.cpp" line="151"/>
        <source>Preview</source>
        <translation>Förhandsvisning</translation>
    </message>
    <message>
        <location filename="../ui/mapping/rule_table_model.cpp" line="153"/>
        <source>Note</source>
        <translation>Anmärkning</translation>
    </message>
</context>
<context>
    <name>m3cart::ui::RunHistoryModel</name>
    <message>
        <location filename="../ui/models/run_history_model.cpp" line="59"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../ui/models/run_history_model.cpp" line="60"/>
        <source>running</source>
        <translation>pågår</translation>
    </message>
    <message>
        <location filename="../ui/models/run_history_model.cpp" line="62"/>
        <source>dry run</source>
        <translation>provkörning</translation>
    </message>
    <message>
        <location filename="../ui/models/run_history_model.cpp" line="80"/>
        <source>Run</source>
        <translation>Körning</translation>
    </message>
    <message>
        <location filename="../ui/models/run_history_model.cpp" line="82"/>
        <source>Started</source>
        <translation>Startad</translation>
    </message>
    <message>
        <location filename="../ui/models/run_history_model.cpp" line="84"/>
        <source>Duration</source>
        <translation>Varaktighet</translation>
    </message>
    <message>
        <location filename="../ui/models/run_history_model.cpp" line="86"/>
        <source>Mode</source>
        <translation>Läge</translation>
    </message>
    <message>
        <location filename="../ui/models/run_history_model.cpp" line="88"/>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <location filename="../ui/models/run_history_model.cpp" line="90"/>
        <source>Counts</source>
        <translation>Antal</translation>
    </message>
    <message>
        <location filename="../ui/models/run_history_model.cpp" line="92"/>
        <source>Message</source>
        <translation>Meddelande</translation>
    </message>
</context>
<context>
    <name>m3cart::ui::SandboxPanel</name>
    <message>
        <location filename="../ui/dashboard/sandbox_panel.cpp" line="26"/>
        <source>&lt;b&gt;Nothing is configured yet.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Inget är konfigurerat än.&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/sandbox_panel.cpp" line="28"/>
        <source>Explore m3cart with the sandbox: simulated 3dcart and M3 run inside the console, the engine syncs between them, and you can place sample orders. Nothing leaves this computer and your settings stay empty.</source>
        <translation>Utforska m3cart med sandlådan: simulerade 3dcart och M3 körs i konsolen, motorn synkar mellan dem och du kan lägga exempelorder. Inget lämnar den här datorn och dina inställningar förblir tomma.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/sandbox_panel.cpp" line="34"/>
        <location filename="../ui/dashboard/sandbox_panel.cpp" line="102"/>
        <source>Explore with the sandbox</source>
        <translation>Utforska med sandlådan</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/sandbox_panel.cpp" line="36"/>
        <source>Set up connections</source>
        <translation>Konfigurera anslutningar</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/sandbox_panel.cpp" line="55"/>
        <source>&lt;b&gt;SANDBOX&lt;/b&gt; — simulated 3dcart and M3; nothing leaves this computer.</source>
        <translation>&lt;b&gt;SANDLÅDA&lt;/b&gt; — simulerade 3dcart och M3; inget lämnar den här datorn.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/sandbox_panel.cpp" line="58"/>
        <source>Place</source>
        <translation>Lägg</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/sandbox_panel.cpp" line="64"/>
        <source>sample orders</source>
        <translation>exempelorder</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/sandbox_panel.cpp" line="65"/>
        <source>with faults (M3 outages, rejected lines)</source>
        <translation>med fel (M3-avbrott, avvisade rader)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/sandbox_panel.cpp" line="68"/>
        <source>Place orders</source>
        <translation>Lägg order</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/sandbox_panel.cpp" line="91"/>
        <source>Starting the sandbox…</source>
        <translation>Startar sandlådan …</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/sandbox_panel.cpp" line="103"/>
        <source>The sandbox could not start: %1</source>
        <translation>Sandlådan kunde inte starta: %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/sandbox_panel.cpp" line="109"/>
        <source>Orders placed in the 3dcart simulator: %1. Its webhooks bring them to m3cart.</source>
        <translation>Order lagda i 3dcart-simulatorn: %1. Dess webhooks skickar dem till m3cart.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/sandbox_panel.cpp" line="116"/>
        <source>Placing orders…</source>
        <translation>Lägger order …</translation>
    </message>
</context>
<context>
    <name>m3cart::ui::SecretField</name>
    <message>
        <location filename="../ui/widgets/secret_field.cpp" line="28"/>
        <source>Generate</source>
        <translation>Skapa</translation>
    </message>
    <message>
        <location filename="../ui/widgets/secret_field.cpp" line="30"/>
        <source>A new random secret (32 bytes). Webhooks registered with the old one stop working until you register them again.</source>
        <translation>En ny slumpmässig hemlighet (32 byte). Webhooks registrerade med den gamla slutar fungera tills du registrerar dem igen.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/secret_field.cpp" line="82"/>
        <source>New value: kept in memory for this session only when saved</source>
        <translation>Nytt värde: sparas bara i minnet för den här sessionen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/secret_field.cpp" line="83"/>
        <source>New value: goes to the keychain when saved</source>
        <translation>Nytt värde: sparas i nyckelringen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/secret_field.cpp" line="85"/>
        <source>Stored for this session only (memory)</source>
        <translation>Sparad bara för sessionen (minne)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/secret_field.cpp" line="85"/>
        <source>Stored in keychain</source>
        <translation>Sparad i nyckelringen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/secret_field.cpp" line="87"/>
        <source>Not set</source>
        <translation>Inte angiven</translation>
    </message>
    <message>
        <location filename="../ui/widgets/secret_field.cpp" line="89"/>
        <source>Type to replace the stored value</source>
        <translation>Skriv för att ersätta det sparade värdet</translation>
    </message>
    <message>
        <location filename="../ui/widgets/secret_field.cpp" line="89"/>
        <source>Type the value</source>
        <translation>Skriv värdet</translation>
    </message>
</context>
<context>
    <name>m3cart::ui::SettingsPage</name>
    <message>
        <location filename="../ui/settings/settings_page.cpp" line="59"/>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_page.cpp" line="61"/>
        <source>Retry policy per error class</source>
        <translation>Regler för nya försök per felklass</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_page.cpp" line="75"/>
        <source>Delays grow from the base delay, doubling per attempt up to the cap, with random jitter. Authentication failures pause the connection instead.</source>
        <translation>Fördröjningen börjar vid grundfördröjningen och fördubblas per försök upp till taket, med slumpmässig spridning. Inloggningsfel pausar i stället anslutningen.</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_page.cpp" line="83"/>
        <source>Engine</source>
        <translation>Motor</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_page.cpp" line="86"/>
        <source>Events at once:</source>
        <translation>Händelser samtidigt:</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_page.cpp" line="87"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_page.cpp" line="88"/>
        <source>Look for due events every:</source>
        <translation>Leta efter väntande händelser var:</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_page.cpp" line="89"/>
        <source>Requests per second to 3dcart and M3 are set per connection.</source>
        <translation>Anrop per sekund till 3dcart och M3 ställs in per anslutning.</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_page.cpp" line="94"/>
        <source>Alerts</source>
        <translation>Larm</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_page.cpp" line="97"/>
        <location filename="../ui/settings/settings_page.cpp" line="100"/>
        <source>never</source>
        <translation>aldrig</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_page.cpp" line="98"/>
        <source>Dead letters reach:</source>
        <translation>Döda meddelanden når:</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_page.cpp" line="99"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_page.cpp" line="101"/>
        <source>Backlog stalled for:</source>
        <translation>Kön står still i:</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_page.cpp" line="102"/>
        <source>A connection that fails authentication always alerts.</source>
        <translation>En anslutning med inloggningsfel larmar alltid.</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_page.cpp" line="108"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_page.cpp" line="112"/>
        <source>System default</source>
        <translation>Systemets standard</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_page.cpp" line="118"/>
        <source>Language (applies at the next start):</source>
        <translation>Språk (gäller från nästa start):</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_page.cpp" line="124"/>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_page.cpp" line="126"/>
        <source>Revert</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_page.cpp" line="182"/>
        <source>Some stored settings could not be read; defaults are shown: %1</source>
        <translation>Vissa sparade inställningar kunde inte läsas; standardvärden visas: %1</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_page.cpp" line="205"/>
        <source>Not saved:
• %1</source>
        <translation>Inte sparat:
• %1</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_page.cpp" line="225"/>
        <source>Not saved: %1</source>
        <translation>Inte sparat: %1</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_page.cpp" line="232"/>
        <source>Saved. The retry policy applies now; engine concurrency at the next start.</source>
        <translation>Sparat. Reglerna för nya försök gäller nu; samtidigheten från nästa start.</translation>
    </message>
</context>
<context>
    <name>m3cart::ui::StatTile</name>
    <message>
        <location filename="../ui/widgets/stat_tile.cpp" line="16"/>
        <source>Open the page behind this number</source>
        <translation>Öppna sidan bakom siffran</translation>
    </message>
</context>
<context>
    <name>m3cart::ui::SyncJob</name>
    <message>
        <location filename="../ui/syncs/sync_job.cpp" line="17"/>
        <source>Orders changed since</source>
        <translation>Order ändrade sedan</translation>
    </message>
    <message>
        <location filename="../ui/syncs/sync_job.cpp" line="47"/>
        <source>Items changed since</source>
        <translation>Artiklar ändrade sedan</translation>
    </message>
    <message>
        <location filename="../ui/syncs/sync_job.cpp" line="49"/>
        <source>Invoices and payments</source>
        <translation>Fakturor och betalningar</translation>
    </message>
    <message>
        <location filename="../ui/syncs/sync_job.cpp" line="46"/>
        <source>Stock levels from M3</source>
        <translation>Lagersaldon från M3</translation>
    </message>
    <message>
        <location filename="../ui/syncs/sync_job.cpp" line="48"/>
        <source>Order status to 3dcart</source>
        <translation>Orderstatus till 3dcart</translation>
    </message>
</context>
<context>
    <name>m3cart::ui::SyncsPage</name>
    <message>
        <location filename="../ui/syncs/syncs_page.cpp" line="37"/>
        <source>Syncs</source>
        <translation>Synkningar</translation>
    </message>
    <message>
        <location filename="../ui/syncs/syncs_page.cpp" line="40"/>
        <source>Sync</source>
        <translation>Synkning</translation>
    </message>
    <message>
        <location filename="../ui/syncs/syncs_page.cpp" line="57"/>
        <source>Options</source>
        <translation>Alternativ</translation>
    </message>
    <message>
        <location filename="../ui/syncs/syncs_page.cpp" line="64"/>
        <source>Changed since:</source>
        <translation>Ändrade sedan:</translation>
    </message>
    <message>
        <location filename="../ui/syncs/syncs_page.cpp" line="67"/>
        <source>Dry run: show what would be sent, send nothing</source>
        <translation>Provkörning: visa vad som skulle skickas, skicka inget</translation>
    </message>
    <message>
        <location filename="../ui/syncs/syncs_page.cpp" line="72"/>
        <source>Start</source>
        <translation>Starta</translation>
    </message>
    <message>
        <location filename="../ui/syncs/syncs_page.cpp" line="74"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../ui/syncs/syncs_page.cpp" line="100"/>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <location filename="../ui/syncs/syncs_page.cpp" line="100"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/syncs/syncs_page.cpp" line="100"/>
        <source>Event</source>
        <translation>Händelse</translation>
    </message>
    <message>
        <location filename="../ui/syncs/syncs_page.cpp" line="100"/>
        <source>Order or SKU</source>
        <translation>Order eller SKU</translation>
    </message>
    <message>
        <location filename="../ui/syncs/syncs_page.cpp" line="100"/>
        <source>In M3</source>
        <translation>I M3</translation>
    </message>
    <message>
        <location filename="../ui/syncs/syncs_page.cpp" line="100"/>
        <source>Note</source>
        <translation>Anmärkning</translation>
    </message>
    <message>
        <location filename="../ui/syncs/syncs_page.cpp" line="101"/>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location filename="../ui/syncs/syncs_page.cpp" line="106"/>
        <source>A dry run lists here every call it would send.</source>
        <translation>En provkörning listar här varje anrop den skulle skicka.</translation>
    </message>
    <message>
        <location filename="../ui/syncs/syncs_page.cpp" line="107"/>
        <source>Calls (dry run)</source>
        <translation>Anrop (provkörning)</translation>
    </message>
    <message>
        <location filename="../ui/syncs/syncs_page.cpp" line="174"/>
        <source>Reading the connections…</source>
        <translation>Läser anslutningarna…</translation>
    </message>
    <message>
        <location filename="../ui/syncs/syncs_page.cpp" line="181"/>
        <source>Cannot start: %1</source>
        <translation>Kan inte starta: %1</translation>
    </message>
    <message>
        <location filename="../ui/syncs/syncs_page.cpp" line="185"/>
        <source>Dry run under way…</source>
        <translation>Provkörning pågår…</translation>
    </message>
    <message>
        <location filename="../ui/syncs/syncs_page.cpp" line="185"/>
        <source>Sync under way…</source>
        <translation>Synkning pågår…</translation>
    </message>
    <message>
        <location filename="../ui/syncs/syncs_page.cpp" line="205"/>
        <source>Failed: %1</source>
        <translation>Misslyckades: %1</translation>
    </message>
    <message>
        <location filename="../ui/syncs/syncs_page.cpp" line="209"/>
        <source>Cancelled. </source>
        <translation>Avbruten. </translation>
    </message>
    <message>
        <location filename="../ui/syncs/syncs_page.cpp" line="209"/>
        <source>Finished. </source>
        <translation>Klar. </translation>
    </message>
    <message>
        <location filename="../ui/syncs/syncs_page.cpp" line="222"/>
        <source>Cancelling…</source>
        <translation>Avbryter…</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/console/main.cpp" line="26"/>
        <source>m3cart console: 3dcart ↔ Infor M3</source>
        <translation>m3cart-konsol: 3dcart ↔ Infor M3</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="29"/>
        <source>Store file.</source>
        <translation>Databasfil.</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="32"/>
        <source>Run against the local simulators.</source>
        <translation>Kör mot de lokala simulatorerna.</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="33"/>
        <source>en, de or sv.</source>
        <translation>en, de eller sv.</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="36"/>
        <source>Render one page to a PNG and exit.</source>
        <translation>Spara en sida som PNG och avsluta.</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="38"/>
        <source>Page to show.</source>
        <translation>Sida att visa.</translation>
    </message>
</context>
</TS>
