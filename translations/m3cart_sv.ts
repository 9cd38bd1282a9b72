<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv">
<context>
    <name>m3cart::ui</name>
    <message numerus="yes">
        <location filename="../ui/mapping/canvas_layout.cpp" line="42"/>
        <source>%n element(s)</source>
        <translation>
            <numerusform>%n element</numerusform>
            <numerusform>%n element</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mapping/canvas_layout.cpp" line="44"/>
        <source>object</source>
        <translation>objekt</translation>
    </message>
</context>
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
    <name>m3cart::ui::CanvasLayout</name>
    <message>
        <location filename="../ui/mapping/canvas_layout.cpp" line="186"/>
        <location filename="../ui/mapping/canvas_layout.cpp" line="191"/>
        <source>↻ Each element of %1 (@)</source>
        <translation>↻ Varje element i %1 (@)</translation>
    </message>
    <message>
        <location filename="../ui/mapping/canvas_layout.cpp" line="188"/>
        <source>position</source>
        <translation>position</translation>
    </message>
    <message>
        <location filename="../ui/mapping/canvas_layout.cpp" line="189"/>
        <source>The number of records written so far (0-based)</source>
        <translation>Antal poster som skrivits hittills (från 0)</translation>
    </message>
    <message>
        <location filename="../ui/mapping/canvas_layout.cpp" line="194"/>
        <source>$ — %1</source>
        <translation>$ — %1</translation>
    </message>
    <message>
        <location filename="../ui/mapping/canvas_layout.cpp" line="197"/>
        <source>Parameters ($params)</source>
        <translation>Parametrar ($params)</translation>
    </message>
    <message>
        <location filename="../ui/mapping/canvas_layout.cpp" line="203"/>
        <source>Flow values ($ctx)</source>
        <translation>Flödesvärden ($ctx)</translation>
    </message>
    <message>
        <location filename="../ui/mapping/canvas_layout.cpp" line="217"/>
        <source>Used by rules, not in the sample or layout</source>
        <translation>Används av regler, finns inte i exemplet eller layouten</translation>
    </message>
    <message>
        <location filename="../ui/mapping/canvas_layout.cpp" line="220"/>
        <source>%1 is neither in the sample nor in the source layout</source>
        <translation>%1 finns varken i exemplet eller i källayouten</translation>
    </message>
    <message>
        <location filename="../ui/mapping/canvas_layout.cpp" line="272"/>
        <source>not a field of %1</source>
        <translation>inte ett fält i %1</translation>
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
        <location filename="../ui/deadletters/dead_letters_page.cpp" line="69"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dead_letters_page.cpp" line="70"/>
        <source>Pause between two retries of a bulk retry, so the other system is not flooded.</source>
        <translation>Paus mellan två försök i en massåterförsök, så att det andra systemet inte översvämmas.</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dead_letters_page.cpp" line="73"/>
        <source>Why you retry (kept in the audit log)</source>
        <translation>Varför du försöker igen (sparas i granskningsloggen)</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dead_letters_page.cpp" line="74"/>
        <source>Pace:</source>
        <translation>Takt:</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dead_letters_page.cpp" line="76"/>
        <source>Reason:</source>
        <translation>Orsak:</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dead_letters_page.cpp" line="86"/>
        <source>Bulk retry</source>
        <translation>Massåterförsök</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dead_letters_page.cpp" line="92"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dead_letters_page.cpp" line="115"/>
        <source>#%1 retried</source>
        <translation>#%1 försökt igen</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dead_letters_page.cpp" line="115"/>
        <source>#%1 failed: %2</source>
        <translation>#%1 misslyckades: %2</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dead_letters_page.cpp" line="127"/>
        <source>Bulk retry: %1 retried, %2 failed, %3 cancelled.</source>
        <translation>Massåterförsök: %1 försökta igen, %2 misslyckade, %3 avbrutna.</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dead_letters_page.cpp" line="131"/>
        <source>Export dead letters</source>
        <translation>Exportera döda meddelanden</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dead_letters_page.cpp" line="132"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dead_letters_page.cpp" line="157"/>
        <source>Select a dead letter first.</source>
        <translation>Välj först ett dött meddelande.</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dead_letters_page.cpp" line="173"/>
        <source>retried in the console</source>
        <translation>nytt försök från konsolen</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dead_letters_page.cpp" line="188"/>
        <source>Select the dead letters to retry first.</source>
        <translation>Välj först de döda meddelanden som ska försökas igen.</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dead_letters_page.cpp" line="203"/>
        <source>No dead letter matches the filter.</source>
        <translation>Inget dött meddelande matchar filtret.</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dead_letters_page.cpp" line="212"/>
        <source>A bulk retry is running: cancel it or wait for it to finish.</source>
        <translation>Ett massåterförsök pågår: avbryt det eller vänta tills det är klart.</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dead_letters_page.cpp" line="220"/>
        <source>Retrying %1 dead letters, %2 ms apart…</source>
        <translation>Försöker igen med %1 döda meddelanden, med %2 ms mellanrum…</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dead_letters_page.cpp" line="228"/>
        <source>Select a dead letter to edit first.</source>
        <translation>Välj först ett dött meddelande att redigera.</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dead_letters_page.cpp" line="263"/>
        <source>#%1: the edited payload is saved as a new revision and the event is retried.</source>
        <translation>#%1: den redigerade nyttolasten sparas som en ny revision och händelsen försöks igen.</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dead_letters_page.cpp" line="277"/>
        <source>Select a dead letter for the dry run first.</source>
        <translation>Välj först ett dött meddelande för provkörningen.</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dead_letters_page.cpp" line="295"/>
        <source>A dry run is not available for events of kind %1 yet.</source>
        <translation>Provkörning finns ännu inte för händelser av typen %1.</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dead_letters_page.cpp" line="300"/>
        <source>Dry run of #%1 under way: reads go out, nothing is written…</source>
        <translation>Provkörning av #%1 pågår: läsningar görs, inget skrivs…</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dead_letters_page.cpp" line="303"/>
        <source>Dry run: %1</source>
        <translation>Provkörning: %1</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dead_letters_page.cpp" line="310"/>
        <source>Dry run of #%1 would fail: %2</source>
        <translation>Provkörning av #%1 skulle misslyckas: %2</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dead_letters_page.cpp" line="314"/>
        <source>Dry run of #%1</source>
        <translation>Provkörning av #%1</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dead_letters_page.cpp" line="315"/>
        <source>A retry would send these %1 calls (reads were made for real).</source>
        <translation>Ett nytt försök skulle skicka dessa %1 anrop (läsningar gjordes på riktigt).</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dead_letters_page.cpp" line="318"/>
        <source>Dry run of #%1: %2 calls.</source>
        <translation>Provkörning av #%1: %2 anrop.</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dead_letters_page.cpp" line="328"/>
        <source>Select the dead letters to discard first.</source>
        <translation>Välj först de döda meddelanden som ska kastas.</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dead_letters_page.cpp" line="332"/>
        <source>Discard %1 dead letters</source>
        <translation>Kasta %1 döda meddelanden</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dead_letters_page.cpp" line="333"/>
        <source>Discarded events are never sent. Say why; the reason is kept in the audit log.</source>
        <translation>Kastade händelser skickas aldrig. Ange varför; orsaken sparas i granskningsloggen.</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dead_letters_page.cpp" line="334"/>
        <source>Discard</source>
        <translation>Kasta</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dead_letters_page.cpp" line="348"/>
        <source>%1 dead letters discarded.</source>
        <translation>%1 döda meddelanden kastade.</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dead_letters_page.cpp" line="349"/>
        <source>Discarded %1 of %2; %3</source>
        <translation>Kastade %1 av %2; %3</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dead_letters_page.cpp" line="381"/>
        <source>%1 dead letters exported to %2.</source>
        <translation>%1 döda meddelanden exporterade till %2.</translation>
    </message>
</context>
<context>
    <name>m3cart::ui::EntryTableModel</name>
    <message>
        <location filename="../ui/mapping/entry_table_model.cpp" line="91"/>
        <source>Add entry %1 to %2</source>
        <translation>Lägg till raden %1 i %2</translation>
    </message>
    <message>
        <location filename="../ui/mapping/entry_table_model.cpp" line="102"/>
        <source>Remove entry %1 from %2</source>
        <translation>Ta bort raden %1 från %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mapping/entry_table_model.cpp" line="124"/>
        <source>Import %n entr(ies) into %1</source>
        <translation>
            <numerusform>Importera %n rad till %1</numerusform>
            <numerusform>Importera %n rader till %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mapping/entry_table_model.cpp" line="145"/>
        <source>A number</source>
        <translation>Ett tal</translation>
    </message>
    <message>
        <location filename="../ui/mapping/entry_table_model.cpp" line="157"/>
        <source>Edit %1 in %2</source>
        <translation>Redigera %1 i %2</translation>
    </message>
    <message>
        <location filename="../ui/mapping/entry_table_model.cpp" line="161"/>
        <source>An entry needs a key: the key of &apos;%1&apos; was not changed.</source>
        <translation>En rad behöver en nyckel: nyckeln för ”%1” ändrades inte.</translation>
    </message>
    <message>
        <location filename="../ui/mapping/entry_table_model.cpp" line="166"/>
        <source>Key &apos;%1&apos; is already in %2 (row %3): each key once.</source>
        <translation>Nyckeln ”%1” finns redan i %2 (rad %3): varje nyckel bara en gång.</translation>
    </message>
    <message>
        <location filename="../ui/mapping/entry_table_model.cpp" line="171"/>
        <source>Rename key %1 to %2 in %3</source>
        <translation>Byt namn på nyckeln %1 till %2 i %3</translation>
    </message>
    <message>
        <location filename="../ui/mapping/entry_table_model.cpp" line="186"/>
        <source>Key</source>
        <translation>Nyckel</translation>
    </message>
    <message>
        <location filename="../ui/mapping/entry_table_model.cpp" line="186"/>
        <source>Value</source>
        <translation>Värde</translation>
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
        <location filename="../ui/monitor/event_monitor_page.cpp" line="18"/>
        <source>Events</source>
        <translation>Händelser</translation>
    </message>
    <message>
        <location filename="../ui/monitor/event_monitor_page.cpp" line="19"/>
        <source>Every webhook, BOD and poll result, live. Filter under each column: text, =exact, &gt;, &lt;, %like%, /regex/, a..b. Ctrl+F filter · Alt+↓/↑ next/previous · Ctrl+Shift+C copy as CSV · F5 reload.</source>
        <translation>Varje webhook, BOD och avfrågningsresultat, live. Filter under varje kolumn: text, =exakt, &gt;, &lt;, %like%, /regex/, a..b. Ctrl+F filter · Alt+↓/↑ nästa/föregående · Ctrl+Skift+C kopiera som CSV · F5 läs om.</translation>
    </message>
    <message>
        <location filename="../ui/monitor/event_monitor_page.cpp" line="24"/>
        <source>Open in mapping editor</source>
        <translation>Öppna i mappningsredigeraren</translation>
    </message>
    <message>
        <location filename="../ui/monitor/event_monitor_page.cpp" line="28"/>
        <source>The selected event&apos;s payload as the sample of the mapping that reads it (%1)</source>
        <translation>Den valda händelsens nyttolast som exempel för mappningen som läser den (%1)</translation>
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
    <name>m3cart::ui::FunctionChain</name>
    <message>
        <location filename="../ui/mapping/function_chain.cpp" line="162"/>
        <source>ƒ formula</source>
        <translation>ƒ formel</translation>
    </message>
</context>
<context>
    <name>m3cart::ui::FunctionChainDialog</name>
    <message>
        <location filename="../ui/mapping/function_chain_dialog.cpp" line="28"/>
        <source>Function chain: %1</source>
        <translation>Funktionskedja: %1</translation>
    </message>
    <message>
        <location filename="../ui/mapping/function_chain_dialog.cpp" line="41"/>
        <source>extra arguments, e.g. 36 or &apos;-&apos;, &apos;&apos;</source>
        <translation>extra argument, t.ex. 36 eller &apos;-&apos;, &apos;&apos;</translation>
    </message>
    <message>
        <location filename="../ui/mapping/function_chain_dialog.cpp" line="42"/>
        <source>&amp;Up</source>
        <translation>&amp;Upp</translation>
    </message>
    <message>
        <location filename="../ui/mapping/function_chain_dialog.cpp" line="43"/>
        <source>Do&amp;wn</source>
        <translation>&amp;Ned</translation>
    </message>
    <message>
        <location filename="../ui/mapping/function_chain_dialog.cpp" line="44"/>
        <source>Re&amp;move</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <location filename="../ui/mapping/function_chain_dialog.cpp" line="45"/>
        <source>Chain (applied top to bottom)</source>
        <translation>Kedja (tillämpas uppifrån och ned)</translation>
    </message>
    <message>
        <location filename="../ui/mapping/function_chain_dialog.cpp" line="48"/>
        <source>&amp;Arguments:</source>
        <translation>&amp;Argument:</translation>
    </message>
    <message>
        <location filename="../ui/mapping/function_chain_dialog.cpp" line="59"/>
        <source>Filter functions…</source>
        <translation>Filtrera funktioner…</translation>
    </message>
    <message>
        <location filename="../ui/mapping/function_chain_dialog.cpp" line="62"/>
        <source>All categories</source>
        <translation>Alla kategorier</translation>
    </message>
    <message>
        <location filename="../ui/mapping/function_chain_dialog.cpp" line="76"/>
        <source>A&amp;dd to chain</source>
        <translation>&amp;Lägg till i kedjan</translation>
    </message>
    <message>
        <location filename="../ui/mapping/function_chain_dialog.cpp" line="78"/>
        <source>Function library</source>
        <translation>Funktionsbibliotek</translation>
    </message>
    <message>
        <location filename="../ui/mapping/function_chain_dialog.cpp" line="96"/>
        <source>Expression:</source>
        <translation>Uttryck:</translation>
    </message>
    <message>
        <location filename="../ui/mapping/function_chain_dialog.cpp" line="97"/>
        <source>Preview:</source>
        <translation>Förhandsvisning:</translation>
    </message>
    <message>
        <location filename="../ui/mapping/function_chain_dialog.cpp" line="136"/>
        <source>%1 ← %2
This expression is not a simple chain of functions over one source; edit it in the Rules tab.</source>
        <translation>%1 ← %2
Uttrycket är ingen enkel kedja av funktioner över en källa; redigera det på fliken Regler.</translation>
    </message>
    <message>
        <location filename="../ui/mapping/function_chain_dialog.cpp" line="143"/>
        <source>%1 ← %2 (source), then the functions below</source>
        <translation>%1 ← %2 (källa), sedan funktionerna nedan</translation>
    </message>
    <message>
        <location filename="../ui/mapping/function_chain_dialog.cpp" line="193"/>
        <source>%1
%2
Example: %3</source>
        <translation>%1
%2
Exempel: %3</translation>
    </message>
    <message>
        <location filename="../ui/mapping/function_chain_dialog.cpp" line="234"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/mapping/function_chain_dialog.cpp" line="276"/>
        <source>(no sample: open one to preview)</source>
        <translation>(inget exempel: öppna ett för att förhandsvisa)</translation>
    </message>
    <message>
        <location filename="../ui/mapping/function_chain_dialog.cpp" line="282"/>
        <source>(empty: the field is not sent)</source>
        <translation>(tomt: fältet skickas inte)</translation>
    </message>
    <message>
        <location filename="../ui/mapping/function_chain_dialog.cpp" line="285"/>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
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
    <name>m3cart::ui::LookupEditor</name>
    <message>
        <location filename="../ui/mapping/lookup_editor.cpp" line="71"/>
        <source>(inline entries only)</source>
        <translation>(bara inbäddade rader)</translation>
    </message>
    <message>
        <location filename="../ui/mapping/lookup_editor.cpp" line="72"/>
        <source>lookup_entries.table_name in the store: large tables live there</source>
        <translation>lookup_entries.table_name i databasen: stora tabeller finns där</translation>
    </message>
    <message>
        <location filename="../ui/mapping/lookup_editor.cpp" line="74"/>
        <source>S&amp;tore table:</source>
        <translation>&amp;Databastabell:</translation>
    </message>
    <message>
        <location filename="../ui/mapping/lookup_editor.cpp" line="87"/>
        <source>Add &amp;variant</source>
        <translation>Lägg till var&amp;iant</translation>
    </message>
    <message>
        <location filename="../ui/mapping/lookup_editor.cpp" line="88"/>
        <source>Remove (Del)</source>
        <translation>Ta bort (Del)</translation>
    </message>
    <message>
        <location filename="../ui/mapping/lookup_editor.cpp" line="89"/>
        <source>Remove variant</source>
        <translation>Ta bort variant</translation>
    </message>
    <message>
        <location filename="../ui/mapping/lookup_editor.cpp" line="103"/>
        <source>Key variants (tried in order; none: exact only)</source>
        <translation>Nyckelvarianter (provas i ordning; inga: bara exakt)</translation>
    </message>
    <message>
        <location filename="../ui/mapping/lookup_editor.cpp" line="115"/>
        <source>Search keys…</source>
        <translation>Sök nycklar…</translation>
    </message>
    <message>
        <location filename="../ui/mapping/lookup_editor.cpp" line="120"/>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <location filename="../ui/mapping/lookup_editor.cpp" line="121"/>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <location filename="../ui/mapping/lookup_editor.cpp" line="122"/>
        <source>Previous page</source>
        <translation>Föregående sida</translation>
    </message>
    <message>
        <location filename="../ui/mapping/lookup_editor.cpp" line="123"/>
        <source>Next page</source>
        <translation>Nästa sida</translation>
    </message>
    <message>
        <location filename="../ui/mapping/lookup_editor.cpp" line="133"/>
        <source>Store table content</source>
        <translation>Databastabellens innehåll</translation>
    </message>
    <message>
        <location filename="../ui/mapping/lookup_editor.cpp" line="149"/>
        <source>A lookup needs a store table or inline entries.</source>
        <translation>En uppslagstabell behöver en databastabell eller inbäddade rader.</translation>
    </message>
    <message>
        <location filename="../ui/mapping/lookup_editor.cpp" line="153"/>
        <source>%1 reads store table %2</source>
        <translation>%1 läser databastabellen %2</translation>
    </message>
    <message>
        <location filename="../ui/mapping/lookup_editor.cpp" line="183"/>
        <source>No store open.</source>
        <translation>Ingen databas är öppen.</translation>
    </message>
    <message>
        <location filename="../ui/mapping/lookup_editor.cpp" line="185"/>
        <source>No store table: inline entries only.</source>
        <translation>Ingen databastabell: bara inbäddade rader.</translation>
    </message>
    <message>
        <location filename="../ui/mapping/lookup_editor.cpp" line="187"/>
        <source>Entries: %1, page %2 of %3</source>
        <translation>Rader: %1, sida %2 av %3</translation>
    </message>
    <message>
        <location filename="../ui/mapping/lookup_editor.cpp" line="197"/>
        <source>Import CSV</source>
        <translation>Importera CSV</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mapping/lookup_editor.cpp" line="198"/>
        <source>%n entr(ies) read. Where should they go?</source>
        <translation>
            <numerusform>%n rad läst. Vart ska den?</numerusform>
            <numerusform>%n rader lästa. Vart ska de?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mapping/lookup_editor.cpp" line="200"/>
        <source>The store table &apos;%1&apos; holds large tables; writing it cannot be undone. Inline entries are part of the mapping document and can be undone.</source>
        <translation>Databastabellen ”%1” rymmer stora tabeller; att skriva till den kan inte ångras. Inbäddade rader är en del av mappningsdokumentet och kan ångras.</translation>
    </message>
    <message>
        <location filename="../ui/mapping/lookup_editor.cpp" line="203"/>
        <source>Into the &amp;store table</source>
        <translation>Till &amp;databastabellen</translation>
    </message>
    <message>
        <location filename="../ui/mapping/lookup_editor.cpp" line="204"/>
        <source>Into the &amp;inline entries</source>
        <translation>Till de &amp;inbäddade raderna</translation>
    </message>
    <message>
        <location filename="../ui/mapping/lookup_editor.cpp" line="220"/>
        <source>This lookup has no store table to import into.</source>
        <translation>Uppslagstabellen har ingen databastabell att importera till.</translation>
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
        <location filename="../ui/main_window.cpp" line="154"/>
        <source>Show</source>
        <translation>Visa</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="155"/>
        <source>Dismiss</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="215"/>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="216"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="220"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="223"/>
        <source>&amp;Engine</source>
        <translation>&amp;Motor</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="224"/>
        <location filename="../ui/main_window.cpp" line="315"/>
        <source>&amp;Pause engine</source>
        <translation>&amp;Pausa motorn</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="233"/>
        <source>paused by %1 in the console</source>
        <translation>pausad av %1 i konsolen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="233"/>
        <source>the operator</source>
        <translation>operatören</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="236"/>
        <source>Explore with the &amp;sandbox</source>
        <translation>Utforska med &amp;sandlådan</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="240"/>
        <source>&amp;Go</source>
        <translation>&amp;Gå till</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="246"/>
        <source>Main</source>
        <translation>Huvud</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="266"/>
        <source>Store: %1</source>
        <translation>Databas: %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="278"/>
        <source>not configured</source>
        <translation>inte konfigurerad</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="282"/>
        <source>checking</source>
        <translation>kontrolleras</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="286"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="290"/>
        <source>failing</source>
        <translation>fel</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="303"/>
        <source>Engine: stopped</source>
        <translation>Motor: stoppad</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="305"/>
        <source>Engine: paused (%1)</source>
        <translation>Motor: pausad (%1)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="307"/>
        <source>Engine: running</source>
        <translation>Motor: körs</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="309"/>
        <source> · backlog %1</source>
        <translation> · kö %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="315"/>
        <source>&amp;Resume engine</source>
        <translation>&amp;Återuppta motorn</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="329"/>
        <source>m3cart — SANDBOX (simulated 3dcart and M3)</source>
        <translation>m3cart — SANDLÅDA (simulerade 3dcart och M3)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="338"/>
        <source>SANDBOX</source>
        <translation>SANDLÅDA</translation>
    </message>
</context>
<context>
    <name>m3cart::ui::MappingCanvas</name>
    <message>
        <location filename="../ui/mapping/mapping_canvas.cpp" line="61"/>
        <source>Find a field…</source>
        <translation>Sök ett fält…</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_canvas.cpp" line="64"/>
        <source>&amp;Hide unmapped</source>
        <translation>&amp;Dölj omappade</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_canvas.cpp" line="66"/>
        <source>Su&amp;ggest</source>
        <translation>&amp;Föreslå</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_canvas.cpp" line="68"/>
        <source>Run the mapping assistant on the sample: proposals appear as dashed lines</source>
        <translation>Kör mappningsassistenten på exemplet: förslag visas som streckade linjer</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_canvas.cpp" line="69"/>
        <source>Accept all ≥</source>
        <translation>Godta alla ≥</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_canvas.cpp" line="76"/>
        <source>Accept every proposal with at least this confidence</source>
        <translation>Godta varje förslag med minst denna säkerhet</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_canvas.cpp" line="79"/>
        <source>Zoom in</source>
        <translation>Zooma in</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_canvas.cpp" line="80"/>
        <source>Zoom out</source>
        <translation>Zooma ut</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_canvas.cpp" line="81"/>
        <source>Fit</source>
        <translation>Anpassa</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_canvas.cpp" line="82"/>
        <source>Width</source>
        <translation>Bredd</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_canvas.cpp" line="83"/>
        <source>Fit the width (Ctrl+9)</source>
        <translation>Anpassa till bredden (Ctrl+9)</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_canvas.cpp" line="87"/>
        <source>Zoom in (Ctrl++, Ctrl+wheel)</source>
        <translation>Zooma in (Ctrl++, Ctrl+mushjul)</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_canvas.cpp" line="88"/>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Zooma ut (Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_canvas.cpp" line="89"/>
        <source>Fit the section in the view (Ctrl+0)</source>
        <translation>Anpassa avsnittet till vyn (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_canvas.cpp" line="90"/>
        <source>Connect</source>
        <translation>Koppla</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_canvas.cpp" line="329"/>
        <source>Connect %1 → %2</source>
        <translation>Koppla %1 → %2</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_canvas.cpp" line="345"/>
        <source>Connected %1 → %2.</source>
        <translation>Kopplade %1 → %2.</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_canvas.cpp" line="356"/>
        <source>Choose a source field and a target field first (click them, or find them and press Enter).</source>
        <translation>Välj först ett källfält och ett målfält (klicka på dem, eller sök upp dem och tryck Enter).</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_canvas.cpp" line="371"/>
        <source>Delete rule %1</source>
        <translation>Ta bort regel %1</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_canvas.cpp" line="375"/>
        <source>Deleted the rule for %1 (Ctrl+Z brings it back).</source>
        <translation>Tog bort regeln för %1 (Ctrl+Z tar tillbaka den).</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_canvas.cpp" line="400"/>
        <source>Accepted the proposal for %1.</source>
        <translation>Godtog förslaget för %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mapping/mapping_canvas.cpp" line="417"/>
        <source>Accepted %n proposal(s) of at least %1%.</source>
        <translation>
            <numerusform>Godtog %n förslag med minst %1%.</numerusform>
            <numerusform>Godtog %n förslag med minst %1%.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_canvas.cpp" line="428"/>
        <source>No proposals for the unmapped fields of this section.</source>
        <translation>Inga förslag för de omappade fälten i avsnittet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mapping/mapping_canvas.cpp" line="429"/>
        <source>%n proposal(s), dashed: A accepts the selected one, R rejects it.</source>
        <translation>
            <numerusform>%n förslag, streckat: A godtar det markerade, R avvisar det.</numerusform>
            <numerusform>%n förslag, streckade: A godtar det markerade, R avvisar det.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_canvas.cpp" line="498"/>
        <source>Accept proposal	A</source>
        <translation>Godta förslaget	A</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_canvas.cpp" line="499"/>
        <source>Reject proposal	R</source>
        <translation>Avvisa förslaget	R</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_canvas.cpp" line="502"/>
        <source>Edit function chain…	Enter</source>
        <translation>Redigera funktionskedjan…	Enter</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_canvas.cpp" line="503"/>
        <source>Delete rule	Del</source>
        <translation>Ta bort regeln	Del</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_canvas.cpp" line="506"/>
        <source>Connect %1 → %2	Ctrl+L</source>
        <translation>Koppla %1 → %2	Ctrl+L</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_canvas_scene.cpp" line="181"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_canvas_scene.cpp" line="189"/>
        <source>↻ one per %1</source>
        <translation>↻ en per %1</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_canvas_scene.cpp" line="189"/>
        <source>only when %1</source>
        <translation>bara när %1</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_canvas_scene.cpp" line="190"/>
        <source>Elements where %1</source>
        <translation>Element där %1</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_canvas_scene.cpp" line="210"/>
        <source> (mandatory)</source>
        <translation> (obligatoriskt)</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_canvas_scene.cpp" line="237"/>
        <source>%1 ← %2</source>
        <translation>%1 ← %2</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_canvas_scene.cpp" line="240"/>
        <source>
Enter: function chain · Delete: remove</source>
        <translation>
Enter: funktionskedja · Delete: ta bort</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_canvas_scene.cpp" line="253"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_canvas_scene.cpp" line="254"/>
        <source>%1% · %2</source>
        <translation>%1% · %2</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_canvas_scene.cpp" line="257"/>
        <source>Proposed: %1 ← %2 (%3%)
%4
A: accept · R: reject</source>
        <translation>Föreslaget: %1 ← %2 (%3%)
%4
A: godta · R: avvisa</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_canvas_scene.cpp" line="330"/>
        <source>No field matches &apos;%1&apos;.</source>
        <translation>Inget fält matchar ”%1”.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mapping/mapping_canvas_scene.cpp" line="331"/>
        <source>%n field(s) match: Enter chooses the highlighted one for Ctrl+L, Enter again goes to the next.</source>
        <translation>
            <numerusform>%n fält matchar: Enter väljer det markerade för Ctrl+L, Enter igen går till nästa.</numerusform>
            <numerusform>%n fält matchar: Enter väljer det markerade för Ctrl+L, Enter igen går till nästa.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>m3cart::ui::MappingDraft</name>
    <message>
        <location filename="../ui/mapping/mapping_draft.cpp" line="40"/>
        <source>Edit %1</source>
        <translation>Redigera %1</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_draft.cpp" line="214"/>
        <source>Cannot read %1: %2</source>
        <translation>Kan inte läsa %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_draft.cpp" line="218"/>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 är inte giltig JSON: %2</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_draft.cpp" line="258"/>
        <source>No sample</source>
        <translation>Inget exempel</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_draft.cpp" line="270"/>
        <source>No such rule</source>
        <translation>Regeln finns inte</translation>
    </message>
</context>
<context>
    <name>m3cart::ui::MappingEditor</name>
    <message>
        <location filename="../ui/mapping/mapping_editor.cpp" line="65"/>
        <source>Undo</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_editor.cpp" line="67"/>
        <source>Redo</source>
        <translation>Gör om</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_editor.cpp" line="72"/>
        <source>Shipped &amp;example</source>
        <translation>Medföljande &amp;exempel</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_editor.cpp" line="76"/>
        <source>&amp;Open file…</source>
        <translation>&amp;Öppna fil…</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_editor.cpp" line="78"/>
        <source>From an e&amp;vent…</source>
        <translation>Från en &amp;händelse…</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_editor.cpp" line="80"/>
        <source>Use a stored event&apos;s payload (a webhook, a dead letter) as the sample.</source>
        <translation>Använd nyttolasten från en sparad händelse (en webhook, ett dött meddelande) som exempel.</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_editor.cpp" line="83"/>
        <source>&amp;Sample</source>
        <translation>&amp;Exempel</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_editor.cpp" line="143"/>
        <source>&amp;Rules</source>
        <translation>&amp;Regler</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_editor.cpp" line="144"/>
        <source>&amp;Canvas</source>
        <translation>Arbets&amp;yta</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_editor.cpp" line="147"/>
        <source>Value &amp;maps</source>
        <translation>&amp;Värdemappningar</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_editor.cpp" line="148"/>
        <source>&amp;Lookups</source>
        <translation>&amp;Uppslagstabeller</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_editor.cpp" line="193"/>
        <source>Validation: no issues.</source>
        <translation>Validering: inga problem.</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_editor.cpp" line="194"/>
        <source>Validation: %1 error(s), %2 warning(s). Click one to show its rule.</source>
        <translation>Validering: %1 fel, %2 varning(ar). Klicka på ett för att visa dess regel.</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_editor.cpp" line="243"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_editor.cpp" line="244"/>
        <source>%1 (%2) — edited</source>
        <translation>%1 (%2) — redigerad</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_editor.cpp" line="253"/>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_editor.cpp" line="255"/>
        <source>
↻ one per %1</source>
        <translation>
↻ en per %1</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_editor.cpp" line="313"/>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_editor.cpp" line="313"/>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_editor.cpp" line="313"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_editor.cpp" line="316"/>
        <source>No sample: open a JSON payload to preview the output.</source>
        <translation>Inget exempel: öppna en JSON-nyttolast för att förhandsvisa utdata.</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_editor.cpp" line="322"/>
        <source>No preview: the mapping has errors (see below).</source>
        <translation>Ingen förhandsvisning: mappningen har fel (se nedan).</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_editor.cpp" line="323"/>
        <source>No preview: %1</source>
        <translation>Ingen förhandsvisning: %1</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_editor.cpp" line="331"/>
        <source>Section %1 skipped for this sample (&apos;when&apos; is false).</source>
        <translation>Avsnitt %1 hoppas över för detta exempel (&apos;when&apos; är falskt).</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mapping/mapping_editor.cpp" line="334"/>
        <source>%n record(s) for %1</source>
        <translation>
            <numerusform>%n post för %1</numerusform>
            <numerusform>%n poster för %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_editor.cpp" line="336"/>
        <source>Record %1</source>
        <translation>Post %1</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_editor.cpp" line="359"/>
        <source>Open sample payload</source>
        <translation>Öppna exempelnyttolast</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_editor.cpp" line="359"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-filer (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_editor.cpp" line="363"/>
        <source>Sample</source>
        <translation>Exempel</translation>
    </message>
    <message>
        <location filename="../ui/mapping/preview_marks.cpp" line="120"/>
        <source>(empty)</source>
        <translation>(tomt)</translation>
    </message>
</context>
<context>
    <name>m3cart::ui::MappingsPage</name>
    <message>
        <location filename="../ui/mapping/mappings_page.cpp" line="62"/>
        <source>Save as new version…</source>
        <translation>Spara som ny version…</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappings_page.cpp" line="65"/>
        <source>Activate</source>
        <translation>Aktivera</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappings_page.cpp" line="67"/>
        <source>Make the saved version the one the flows use (it must validate).</source>
        <translation>Gör den sparade versionen till den flödena använder (den måste valideras).</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappings_page.cpp" line="70"/>
        <location filename="../ui/mapping/mappings_page.cpp" line="438"/>
        <source>%1 version %2 is active.</source>
        <translation>%1 version %2 är aktiv.</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappings_page.cpp" line="77"/>
        <source>&amp;Versions…</source>
        <translation>Versi&amp;oner…</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappings_page.cpp" line="79"/>
        <source>The saved versions: what changed between two, roll back to one, open one.</source>
        <translation>De sparade versionerna: vad som ändrats mellan två, gå tillbaka till en, öppna en.</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappings_page.cpp" line="81"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importera…</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappings_page.cpp" line="83"/>
        <source>Save a mapping file as a new version.</source>
        <translation>Spara en mappningsfil som en ny version.</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappings_page.cpp" line="85"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportera…</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappings_page.cpp" line="87"/>
        <source>Write the mapping as edited (unsaved edits included) to a file.</source>
        <translation>Skriv mappningen som den är redigerad (inklusive osparade ändringar) till en fil.</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappings_page.cpp" line="89"/>
        <source>Re&amp;play…</source>
        <translation>&amp;Kör om…</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappings_page.cpp" line="91"/>
        <source>Run past events through the edited draft and see what would change.</source>
        <translation>Kör tidigare händelser genom det redigerade utkastet och se vad som skulle ändras.</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappings_page.cpp" line="113"/>
        <source>Mappings</source>
        <translation>Mappningar</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappings_page.cpp" line="115"/>
        <source>How 3dcart fields become M3 transaction fields and back: one line per target field, a live preview of a sample, validation against the M3 metadata as you type. Double-click an expression to edit it.</source>
        <translation>Hur 3dcart-fält blir M3-transaktionsfält och tillbaka: en rad per målfält, en direkt förhandsvisning av ett exempel, validering mot M3-metadata medan du skriver. Dubbelklicka på ett uttryck för att redigera det.</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappings_page.cpp" line="123"/>
        <source>Save version</source>
        <translation>Spara version</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappings_page.cpp" line="123"/>
        <source>What changed, and why?</source>
        <translation>Vad ändrades, och varför?</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappings_page.cpp" line="128"/>
        <source>Import mapping</source>
        <translation>Importera mappning</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappings_page.cpp" line="129"/>
        <location filename="../ui/mapping/mappings_page.cpp" line="131"/>
        <source>Mapping files (*.json)</source>
        <translation>Mappningsfiler (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappings_page.cpp" line="130"/>
        <source>Export mapping</source>
        <translation>Exportera mappning</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappings_page.cpp" line="134"/>
        <source>Unsaved edits</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappings_page.cpp" line="135"/>
        <source>%1 has unsaved edits. Save them as a new version first?</source>
        <translation>%1 har osparade ändringar. Spara dem som en ny version först?</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappings_page.cpp" line="149"/>
        <source>Sample from event</source>
        <translation>Exempel från händelse</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappings_page.cpp" line="150"/>
        <source>Event id (its payload becomes the sample):</source>
        <translation>Händelse-id (dess nyttolast blir exemplet):</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappings_page.cpp" line="186"/>
        <source>%1
version %2, active</source>
        <translation>%1
version %2, aktiv</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappings_page.cpp" line="187"/>
        <source>%1
version %2 (latest, not active)</source>
        <translation>%1
version %2 (senaste, inte aktiv)</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappings_page.cpp" line="200"/>
        <source>%1
shipped default</source>
        <translation>%1
medföljande standard</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappings_page.cpp" line="204"/>
        <source>Shipped with m3cart, not saved in the store yet (%1).</source>
        <translation>Levereras med m3cart, ännu inte sparad i lagret (%1).</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappings_page.cpp" line="47"/>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappings_page.cpp" line="47"/>
        <source>shipped default</source>
        <translation>medföljande standard</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappings_page.cpp" line="314"/>
        <location filename="../ui/mapping/mappings_page.cpp" line="365"/>
        <source>No mapping is open.</source>
        <translation>Ingen mappning är öppen.</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappings_page.cpp" line="324"/>
        <source>Saved %1 version %2.</source>
        <translation>Sparade %1 version %2.</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappings_page.cpp" line="332"/>
        <source>Save the mapping as a version first.</source>
        <translation>Spara mappningen som en version först.</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappings_page.cpp" line="372"/>
        <source>Cannot write %1: %2</source>
        <translation>Kan inte skriva %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappings_page.cpp" line="383"/>
        <source>Imported %1 as %2 version %3; the edited draft stays open.</source>
        <translation>Importerade %1 som %2 version %3; det redigerade utkastet förblir öppet.</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappings_page.cpp" line="390"/>
        <source>Imported %1 as %2 version %3.</source>
        <translation>Importerade %1 som %2 version %3.</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappings_page.cpp" line="405"/>
        <source>imported from %1</source>
        <translation>importerad från %1</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappings_page.cpp" line="407"/>
        <source>Import failed: %1</source>
        <translation>Importen misslyckades: %1</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappings_page.cpp" line="418"/>
        <source>%1 written to %2.</source>
        <translation>%1 skrevs till %2.</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappings_page.cpp" line="446"/>
        <source>%1 version %2 written to %3.</source>
        <translation>%1 version %2 skrevs till %3.</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappings_page.cpp" line="482"/>
        <source>No mapping reads the payload of %1 events: the M3 mappings read M3 while the flow runs, not the event.</source>
        <translation>Ingen mappning läser nyttolasten i %1-händelser: M3-mappningarna läser M3 medan flödet körs, inte händelsen.</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappings_page.cpp" line="494"/>
        <source>%1 stays open with its unsaved edits.</source>
        <translation>%1 förblir öppen med sina osparade ändringar.</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappings_page.cpp" line="495"/>
        <source>Mapping %1 is neither in the store nor shipped.</source>
        <translation>Mappningen %1 finns varken i databasen eller bland de medföljande.</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappings_page.cpp" line="511"/>
        <source>Event %1 cannot be this mapping&apos;s sample: %2.</source>
        <translation>Händelse %1 kan inte vara exempel för den här mappningen: %2.</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappings_page.cpp" line="516"/>
        <source>Sample: event %1 (%2, payload revision %3).</source>
        <translation>Exempel: händelse %1 (%2, nyttolastrevision %3).</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappings_page.cpp" line="520"/>
        <source>Sample: event %1 (%2).</source>
        <translation>Exempel: händelse %1 (%2).</translation>
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
    <name>m3cart::ui::ReplayDialog</name>
    <message>
        <location filename="../ui/mapping/replay_dialog.cpp" line="36"/>
        <source>unchanged</source>
        <translation>oförändrad</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mapping/replay_dialog.cpp" line="39"/>
        <source>changed %n field(s)</source>
        <translation>
            <numerusform>ändrade %n fält</numerusform>
            <numerusform>ändrade %n fält</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mapping/replay_dialog.cpp" line="40"/>
        <source>changed %n field(s), %1 record(s) added or removed</source>
        <translation>
            <numerusform>ändrade %n fält; poster tillagda eller borttagna: %1</numerusform>
            <numerusform>ändrade %n fält; poster tillagda eller borttagna: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mapping/replay_dialog.cpp" line="44"/>
        <source>newly failing: %1</source>
        <translation>nytt fel: %1</translation>
    </message>
    <message>
        <location filename="../ui/mapping/replay_dialog.cpp" line="46"/>
        <source>fixed (fails now: %1)</source>
        <translation>åtgärdad (misslyckas nu: %1)</translation>
    </message>
    <message>
        <location filename="../ui/mapping/replay_dialog.cpp" line="48"/>
        <source>fails with both: %1</source>
        <translation>misslyckas med båda: %1</translation>
    </message>
    <message>
        <location filename="../ui/mapping/replay_dialog.cpp" line="52"/>
        <source>not applicable: %1</source>
        <translation>ej tillämplig: %1</translation>
    </message>
    <message>
        <location filename="../ui/mapping/replay_dialog.cpp" line="75"/>
        <source>(not sent)</source>
        <translation>(skickas inte)</translation>
    </message>
    <message>
        <location filename="../ui/mapping/replay_dialog.cpp" line="99"/>
        <source>Replay events through the draft of %1</source>
        <translation>Kör om händelser genom utkastet av %1</translation>
    </message>
    <message>
        <location filename="../ui/mapping/replay_dialog.cpp" line="104"/>
        <source>Past events run through the edited draft and the version the flows use now; nothing is sent. Filters as in the event monitor: text, =exact, a,b, prefix*, /regex/; times like -7d.</source>
        <translation>Tidigare händelser körs genom det redigerade utkastet och den version som flödena använder nu; inget skickas. Filter som på sidan Händelser: text, =exakt, a,b, prefix*, /regex/; tider som -7d.</translation>
    </message>
    <message>
        <location filename="../ui/mapping/replay_dialog.cpp" line="113"/>
        <source>&amp;Kind</source>
        <translation>&amp;Typ</translation>
    </message>
    <message>
        <location filename="../ui/mapping/replay_dialog.cpp" line="114"/>
        <source>&amp;Time</source>
        <translation>T&amp;id</translation>
    </message>
    <message>
        <location filename="../ui/mapping/replay_dialog.cpp" line="115"/>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location filename="../ui/mapping/replay_dialog.cpp" line="116"/>
        <source>K&amp;ey</source>
        <translation>&amp;Nyckel</translation>
    </message>
    <message>
        <location filename="../ui/mapping/replay_dialog.cpp" line="120"/>
        <source>any</source>
        <translation>alla</translation>
    </message>
    <message>
        <location filename="../ui/mapping/replay_dialog.cpp" line="132"/>
        <source>&amp;Limit</source>
        <translation>&amp;Gräns</translation>
    </message>
    <message>
        <location filename="../ui/mapping/replay_dialog.cpp" line="136"/>
        <source>&amp;Run</source>
        <translation>&amp;Kör</translation>
    </message>
    <message>
        <location filename="../ui/mapping/replay_dialog.cpp" line="139"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <location filename="../ui/mapping/replay_dialog.cpp" line="156"/>
        <source>Event</source>
        <translation>Händelse</translation>
    </message>
    <message>
        <location filename="../ui/mapping/replay_dialog.cpp" line="156"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../ui/mapping/replay_dialog.cpp" line="156"/>
        <source>Key</source>
        <translation>Nyckel</translation>
    </message>
    <message>
        <location filename="../ui/mapping/replay_dialog.cpp" line="156"/>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <location filename="../ui/mapping/replay_dialog.cpp" line="163"/>
        <source>Section</source>
        <translation>Avsnitt</translation>
    </message>
    <message>
        <location filename="../ui/mapping/replay_dialog.cpp" line="163"/>
        <source>Record</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../ui/mapping/replay_dialog.cpp" line="163"/>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <location filename="../ui/mapping/replay_dialog.cpp" line="163"/>
        <source>Active version</source>
        <translation>Aktiv version</translation>
    </message>
    <message>
        <location filename="../ui/mapping/replay_dialog.cpp" line="163"/>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <location filename="../ui/mapping/replay_dialog.cpp" line="198"/>
        <source>the replay stopped without a result</source>
        <translation>omkörningen avbröts utan resultat</translation>
    </message>
    <message>
        <location filename="../ui/mapping/replay_dialog.cpp" line="231"/>
        <source>Replaying…</source>
        <translation>Kör om…</translation>
    </message>
    <message>
        <location filename="../ui/mapping/replay_dialog.cpp" line="271"/>
        <source>Replay failed: %1</source>
        <translation>Omkörningen misslyckades: %1</translation>
    </message>
    <message>
        <location filename="../ui/mapping/replay_dialog.cpp" line="287"/>
        <source>%1 event(s) compared with %2%3: %4 changed, %5 newly failing, %6 fixed, %7 unchanged, %8 still failing, %9 not applicable.</source>
        <translation>%1 händelse(r) jämförda med %2%3: %4 ändrade, %5 nya fel, %6 åtgärdade, %7 oförändrade, %8 fortfarande fel, %9 ej tillämpliga.</translation>
    </message>
    <message>
        <location filename="../ui/mapping/replay_dialog.cpp" line="292"/>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <location filename="../ui/mapping/replay_dialog.cpp" line="293"/>
        <source>the shipped default</source>
        <translation>den medföljande standarden</translation>
    </message>
    <message>
        <location filename="../ui/mapping/replay_dialog.cpp" line="294"/>
        <source> (cancelled)</source>
        <translation> (avbruten)</translation>
    </message>
    <message>
        <location filename="../ui/mapping/replay_dialog.cpp" line="318"/>
        <source>Event %1 (%2): %3</source>
        <translation>Händelse %1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../ui/mapping/replay_dialog.cpp" line="324"/>
        <source>(whole record)</source>
        <translation>(hela posten)</translation>
    </message>
    <message>
        <location filename="../ui/mapping/replay_dialog.cpp" line="327"/>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <location filename="../ui/mapping/replay_dialog.cpp" line="327"/>
        <source>present</source>
        <translation>finns</translation>
    </message>
    <message>
        <location filename="../ui/mapping/replay_dialog.cpp" line="328"/>
        <source>added</source>
        <translation>tillagd</translation>
    </message>
    <message>
        <location filename="../ui/mapping/replay_dialog.cpp" line="328"/>
        <source>removed</source>
        <translation>borttagen</translation>
    </message>
    <message>
        <location filename="../ui/mapping/replay_dialog.cpp" line="331"/>
        <source>(error)</source>
        <translation>(fel)</translation>
    </message>
    <message>
        <location filename="../ui/mapping/replay_dialog.cpp" line="332"/>
        <location filename="../ui/mapping/replay_dialog.cpp" line="333"/>
        <source>ok</source>
        <translation>ok</translation>
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
        <location filename="../ui/mapping/rule_table_model.cpp" line="18"/>
        <source>A path ($.BillingEmail), an expression (trim($.Name)), or a constant as a literal: &apos;WEB&apos; or &quot;WEB&quot; for text, 10 for a number, true.</source>
        <translation>En sökväg ($.BillingEmail), ett uttryck (trim($.Name)) eller en konstant som literal: &apos;WEB&apos; eller &quot;WEB&quot; för text, 10 för ett tal, true.</translation>
    </message>
    <message>
        <location filename="../ui/mapping/rule_table_model.cpp" line="104"/>
        <source>Rule %1</source>
        <translation>Regel %1</translation>
    </message>
    <message>
        <location filename="../ui/mapping/rule_table_model.cpp" line="106"/>
        <source>Mandatory field</source>
        <translation>Obligatoriskt fält</translation>
    </message>
    <message>
        <location filename="../ui/mapping/rule_table_model.cpp" line="108"/>
        <source>Max. length %1</source>
        <translation>Max. längd %1</translation>
    </message>
    <message>
        <location filename="../ui/mapping/rule_table_model.cpp" line="110"/>
        <source>Value map: %1</source>
        <translation>Värdemappning: %1</translation>
    </message>
    <message>
        <location filename="../ui/mapping/rule_table_model.cpp" line="112"/>
        <source>Lookup: %1</source>
        <translation>Uppslagstabell: %1</translation>
    </message>
    <message>
        <location filename="../ui/mapping/rule_table_model.cpp" line="120"/>
        <source>Written when the value is empty (a constant, typed for the field).</source>
        <translation>Skrivs när värdet är tomt (en konstant med fältets typ).</translation>
    </message>
    <message>
        <location filename="../ui/mapping/rule_table_model.cpp" line="123"/>
        <source>Made by rule %1</source>
        <translation>Skapad av regel %1</translation>
    </message>
    <message>
        <location filename="../ui/mapping/rule_table_model.cpp" line="125"/>
        <source>, field %1</source>
        <translation>, fält %1</translation>
    </message>
    <message>
        <location filename="../ui/mapping/rule_table_model.cpp" line="180"/>
        <source>Target field</source>
        <translation>Målfält</translation>
    </message>
    <message>
        <location filename="../ui/mapping/rule_table_model.cpp" line="182"/>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../ui/mapping/rule_table_model.cpp" line="184"/>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <location filename="../ui/mapping/rule_table_model.cpp" line="186"/>
        <source>Expression</source>
        <translation>Uttryck</translation>
    </message>
    <message>
        <location filename="../ui/mapping/rule_table_model.cpp" line="188"/>
        <source>Preview</source>
        <translation>Förhandsvisning</translation>
    </message>
    <message>
        <location filename="../ui/mapping/rule_table_model.cpp" line="190"/>
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
    <name>m3cart::ui::SourceBuilder</name>
    <message>
        <location filename="../ui/mapping/canvas_layout.cpp" line="83"/>
        <source>Type: %1</source>
        <translation>Typ: %1</translation>
    </message>
    <message>
        <location filename="../ui/mapping/canvas_layout.cpp" line="85"/>
        <source>Sample: %1</source>
        <translation>Exempel: %1</translation>
    </message>
    <message>
        <location filename="../ui/mapping/canvas_layout.cpp" line="94"/>
        <source>repeated above as @</source>
        <translation>upprepas ovan som @</translation>
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
    <name>m3cart::ui::StoreTableModel</name>
    <message>
        <location filename="../ui/mapping/store_table_model.cpp" line="77"/>
        <source>Key</source>
        <translation>Nyckel</translation>
    </message>
    <message>
        <location filename="../ui/mapping/store_table_model.cpp" line="77"/>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
</context>
<context>
    <name>m3cart::ui::StructureEditor</name>
    <message>
        <location filename="../ui/mapping/structure_editor.cpp" line="72"/>
        <location filename="../ui/mapping/structure_editor.cpp" line="329"/>
        <source>Add section</source>
        <translation>Lägg till avsnitt</translation>
    </message>
    <message>
        <location filename="../ui/mapping/structure_editor.cpp" line="73"/>
        <source>&amp;M3 transaction</source>
        <translation>&amp;M3-transaktion</translation>
    </message>
    <message>
        <location filename="../ui/mapping/structure_editor.cpp" line="74"/>
        <source>&amp;3dcart object</source>
        <translation>&amp;3dcart-objekt</translation>
    </message>
    <message>
        <location filename="../ui/mapping/structure_editor.cpp" line="81"/>
        <source>e.g. $.OrderItemList: one record per element (@)</source>
        <translation>t.ex. $.OrderItemList: en post per element (@)</translation>
    </message>
    <message>
        <location filename="../ui/mapping/structure_editor.cpp" line="83"/>
        <source>e.g. $.CustomerID &gt; 0: skip the section when false</source>
        <translation>t.ex. $.CustomerID &gt; 0: hoppa över avsnittet när det är falskt</translation>
    </message>
    <message>
        <location filename="../ui/mapping/structure_editor.cpp" line="110"/>
        <source>Target:</source>
        <translation>Mål:</translation>
    </message>
    <message>
        <location filename="../ui/mapping/structure_editor.cpp" line="112"/>
        <source>&amp;Id:</source>
        <translation>&amp;Id:</translation>
    </message>
    <message>
        <location filename="../ui/mapping/structure_editor.cpp" line="113"/>
        <source>&amp;Repeat for each:</source>
        <translation>&amp;Upprepa för varje:</translation>
    </message>
    <message>
        <location filename="../ui/mapping/structure_editor.cpp" line="114"/>
        <source>Only &amp;when:</source>
        <translation>Bara &amp;när:</translation>
    </message>
    <message>
        <location filename="../ui/mapping/structure_editor.cpp" line="155"/>
        <source>Add rule…</source>
        <translation>Lägg till regel…</translation>
    </message>
    <message>
        <location filename="../ui/mapping/structure_editor.cpp" line="157"/>
        <source>Add a rule for a target field of this section that has none (mandatory fields first)</source>
        <translation>Lägg till en regel för ett målfält i avsnittet som saknar regel (obligatoriska fält först)</translation>
    </message>
    <message>
        <location filename="../ui/mapping/structure_editor.cpp" line="158"/>
        <source>Remove rule</source>
        <translation>Ta bort regel</translation>
    </message>
    <message>
        <location filename="../ui/mapping/structure_editor.cpp" line="168"/>
        <source>Add…</source>
        <translation>Lägg till…</translation>
    </message>
    <message>
        <location filename="../ui/mapping/structure_editor.cpp" line="169"/>
        <source>Add a section: an M3 transaction or a 3dcart object</source>
        <translation>Lägg till ett avsnitt: en M3-transaktion eller ett 3dcart-objekt</translation>
    </message>
    <message>
        <location filename="../ui/mapping/structure_editor.cpp" line="170"/>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../ui/mapping/structure_editor.cpp" line="171"/>
        <source>Remove the chosen section and its rules</source>
        <translation>Ta bort det valda avsnittet och dess regler</translation>
    </message>
    <message>
        <location filename="../ui/mapping/structure_editor.cpp" line="179"/>
        <source>Remove section</source>
        <translation>Ta bort avsnitt</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mapping/structure_editor.cpp" line="180"/>
        <source>Remove section %1 and its %n rule(s)?</source>
        <translation>
            <numerusform>Ta bort avsnittet %1 och dess %n regel?</numerusform>
            <numerusform>Ta bort avsnittet %1 och dess %n regler?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mapping/structure_editor.cpp" line="233"/>
        <source>%1 already has a rule (%2).</source>
        <translation>%1 har redan en regel (%2).</translation>
    </message>
    <message>
        <location filename="../ui/mapping/structure_editor.cpp" line="246"/>
        <source>Add rule %1</source>
        <translation>Lägg till regel %1</translation>
    </message>
    <message>
        <location filename="../ui/mapping/structure_editor.cpp" line="260"/>
        <source>Remove rule %1</source>
        <translation>Ta bort regel %1</translation>
    </message>
    <message>
        <location filename="../ui/mapping/structure_editor.cpp" line="271"/>
        <source>A section needs an id.</source>
        <translation>Ett avsnitt behöver ett id.</translation>
    </message>
    <message>
        <location filename="../ui/mapping/structure_editor.cpp" line="276"/>
        <source>There is already a section %1.</source>
        <translation>Det finns redan ett avsnitt %1.</translation>
    </message>
    <message>
        <location filename="../ui/mapping/structure_editor.cpp" line="280"/>
        <source>%1 is not in the metadata.</source>
        <translation>%1 finns inte i metadata.</translation>
    </message>
    <message>
        <location filename="../ui/mapping/structure_editor.cpp" line="283"/>
        <source>Add section %1</source>
        <translation>Lägg till avsnitt %1</translation>
    </message>
    <message>
        <location filename="../ui/mapping/structure_editor.cpp" line="296"/>
        <source>A mapping needs at least one section.</source>
        <translation>En mappning behöver minst ett avsnitt.</translation>
    </message>
    <message>
        <location filename="../ui/mapping/structure_editor.cpp" line="300"/>
        <source>Remove section %1</source>
        <translation>Ta bort avsnitt %1</translation>
    </message>
    <message>
        <location filename="../ui/mapping/structure_editor.cpp" line="309"/>
        <location filename="../ui/mapping/structure_editor.cpp" line="318"/>
        <source>Add rule</source>
        <translation>Lägg till regel</translation>
    </message>
    <message>
        <location filename="../ui/mapping/structure_editor.cpp" line="310"/>
        <source>Every target field of this section has a rule.</source>
        <translation>Varje målfält i avsnittet har en regel.</translation>
    </message>
    <message>
        <location filename="../ui/mapping/structure_editor.cpp" line="315"/>
        <source>%1 * (mandatory) — %2</source>
        <translation>%1 * (obligatoriskt) — %2</translation>
    </message>
    <message>
        <location filename="../ui/mapping/structure_editor.cpp" line="315"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/mapping/structure_editor.cpp" line="318"/>
        <source>Target field:</source>
        <translation>Målfält:</translation>
    </message>
</context>
<context>
    <name>m3cart::ui::SuggestionModel</name>
    <message>
        <location filename="../ui/mapping/suggestion_model.cpp" line="50"/>
        <source>Choose a section first.</source>
        <translation>Välj ett avsnitt först.</translation>
    </message>
    <message>
        <location filename="../ui/mapping/suggestion_model.cpp" line="52"/>
        <source>Open a sample first: the assistant reads the sample&apos;s fields and values.</source>
        <translation>Öppna ett exempel först: assistenten läser exemplets fält och värden.</translation>
    </message>
    <message>
        <location filename="../ui/mapping/suggestion_model.cpp" line="103"/>
        <source>Suggested (%1%): %2</source>
        <translation>Föreslaget (%1%): %2</translation>
    </message>
    <message>
        <location filename="../ui/mapping/suggestion_model.cpp" line="112"/>
        <source>Accept %1 ← %2</source>
        <translation>Godta %1 ← %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mapping/suggestion_model.cpp" line="133"/>
        <source>Accept %n suggestion(s)</source>
        <translation>
            <numerusform>Godta %n förslag</numerusform>
            <numerusform>Godta %n förslag</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mapping/suggestion_model.cpp" line="160"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../ui/mapping/suggestion_model.cpp" line="166"/>
        <source>%1 ← %2
%3
%4</source>
        <translation>%1 ← %2
%3
%4</translation>
    </message>
    <message>
        <location filename="../ui/mapping/suggestion_model.cpp" line="180"/>
        <source>Target</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../ui/mapping/suggestion_model.cpp" line="182"/>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <location filename="../ui/mapping/suggestion_model.cpp" line="184"/>
        <source>Proposed expression</source>
        <translation>Föreslaget uttryck</translation>
    </message>
    <message>
        <location filename="../ui/mapping/suggestion_model.cpp" line="186"/>
        <source>Confidence</source>
        <translation>Säkerhet</translation>
    </message>
    <message>
        <location filename="../ui/mapping/suggestion_model.cpp" line="188"/>
        <source>Reason</source>
        <translation>Orsak</translation>
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
    <name>m3cart::ui::TableDefEditor</name>
    <message>
        <location filename="../ui/mapping/table_def_editor.cpp" line="58"/>
        <source>&amp;New…</source>
        <translation>&amp;Ny…</translation>
    </message>
    <message>
        <location filename="../ui/mapping/table_def_editor.cpp" line="59"/>
        <source>Ren&amp;ame…</source>
        <translation>&amp;Byt namn…</translation>
    </message>
    <message>
        <location filename="../ui/mapping/table_def_editor.cpp" line="60"/>
        <location filename="../ui/mapping/table_def_editor.cpp" line="420"/>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../ui/mapping/table_def_editor.cpp" line="65"/>
        <source>Value ma&amp;p:</source>
        <translation>Värdema&amp;ppning:</translation>
    </message>
    <message>
        <location filename="../ui/mapping/table_def_editor.cpp" line="65"/>
        <source>Loo&amp;kup:</source>
        <translation>Upps&amp;lagstabell:</translation>
    </message>
    <message>
        <location filename="../ui/mapping/table_def_editor.cpp" line="81"/>
        <source>Error: the record fails, naming the value</source>
        <translation>Fel: posten misslyckas och värdet anges</translation>
    </message>
    <message>
        <location filename="../ui/mapping/table_def_editor.cpp" line="82"/>
        <source>Default: use the default value</source>
        <translation>Standard: använd standardvärdet</translation>
    </message>
    <message>
        <location filename="../ui/mapping/table_def_editor.cpp" line="83"/>
        <source>Pass through: keep the value as it is</source>
        <translation>Skicka vidare: behåll värdet som det är</translation>
    </message>
    <message>
        <location filename="../ui/mapping/table_def_editor.cpp" line="84"/>
        <source>Empty: leave the field out</source>
        <translation>Tomt: utelämna fältet</translation>
    </message>
    <message>
        <location filename="../ui/mapping/table_def_editor.cpp" line="89"/>
        <source>(none)</source>
        <translation>(inget)</translation>
    </message>
    <message>
        <location filename="../ui/mapping/table_def_editor.cpp" line="92"/>
        <source>&amp;Description:</source>
        <translation>Be&amp;skrivning:</translation>
    </message>
    <message>
        <location filename="../ui/mapping/table_def_editor.cpp" line="93"/>
        <source>&amp;When a value is missing:</source>
        <translation>När e&amp;tt värde saknas:</translation>
    </message>
    <message>
        <location filename="../ui/mapping/table_def_editor.cpp" line="94"/>
        <source>Defa&amp;ult value:</source>
        <translation>Standardv&amp;ärde:</translation>
    </message>
    <message>
        <location filename="../ui/mapping/table_def_editor.cpp" line="107"/>
        <source>Add entry</source>
        <translation>Lägg till rad</translation>
    </message>
    <message>
        <location filename="../ui/mapping/table_def_editor.cpp" line="110"/>
        <source>Remove entry</source>
        <translation>Ta bort rad</translation>
    </message>
    <message>
        <location filename="../ui/mapping/table_def_editor.cpp" line="130"/>
        <source>Add (Ins)</source>
        <translation>Lägg till (Ins)</translation>
    </message>
    <message>
        <location filename="../ui/mapping/table_def_editor.cpp" line="131"/>
        <source>Remove (Del)</source>
        <translation>Ta bort (Del)</translation>
    </message>
    <message>
        <location filename="../ui/mapping/table_def_editor.cpp" line="132"/>
        <source>&amp;Import CSV…</source>
        <translation>Importera &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../ui/mapping/table_def_editor.cpp" line="142"/>
        <source>Entries (value → result)</source>
        <translation>Rader (värde → resultat)</translation>
    </message>
    <message>
        <location filename="../ui/mapping/table_def_editor.cpp" line="142"/>
        <source>Inline entries (read first)</source>
        <translation>Inbäddade rader (läses först)</translation>
    </message>
    <message>
        <location filename="../ui/mapping/table_def_editor.cpp" line="154"/>
        <source>Used by (click: show the rule)</source>
        <translation>Används av (klicka: visa regeln)</translation>
    </message>
    <message>
        <location filename="../ui/mapping/table_def_editor.cpp" line="256"/>
        <source>%1 — %2 (section %3)</source>
        <translation>%1 — %2 (avsnitt %3)</translation>
    </message>
    <message>
        <location filename="../ui/mapping/table_def_editor.cpp" line="271"/>
        <location filename="../ui/mapping/table_def_editor.cpp" line="284"/>
        <source>A name is needed.</source>
        <translation>Ett namn krävs.</translation>
    </message>
    <message>
        <location filename="../ui/mapping/table_def_editor.cpp" line="271"/>
        <location filename="../ui/mapping/table_def_editor.cpp" line="284"/>
        <source>&apos;%1&apos; already exists.</source>
        <translation>”%1” finns redan.</translation>
    </message>
    <message>
        <location filename="../ui/mapping/table_def_editor.cpp" line="274"/>
        <source>Add %1</source>
        <translation>Lägg till %1</translation>
    </message>
    <message>
        <location filename="../ui/mapping/table_def_editor.cpp" line="287"/>
        <source>Rename %1 to %2</source>
        <translation>Byt namn på %1 till %2</translation>
    </message>
    <message>
        <location filename="../ui/mapping/table_def_editor.cpp" line="296"/>
        <source>Remove %1</source>
        <translation>Ta bort %1</translation>
    </message>
    <message>
        <location filename="../ui/mapping/table_def_editor.cpp" line="303"/>
        <source>Describe %1</source>
        <translation>Beskriv %1</translation>
    </message>
    <message>
        <location filename="../ui/mapping/table_def_editor.cpp" line="311"/>
        <source>%1: when missing %2</source>
        <translation>%1: när värde saknas %2</translation>
    </message>
    <message>
        <location filename="../ui/mapping/table_def_editor.cpp" line="324"/>
        <source>Default of %1</source>
        <translation>Standardvärde för %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mapping/table_def_editor.cpp" line="340"/>
        <source>Nothing was imported: %n line(s) of %1 are not &apos;key,value&apos;:
%2</source>
        <translation>
            <numerusform>Inget importerades: %n rad i %1 är inte ”nyckel,värde”:
%2</numerusform>
            <numerusform>Inget importerades: %n rader i %1 är inte ”nyckel,värde”:
%2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mapping/table_def_editor.cpp" line="347"/>
        <source>Choose a table to import into first.</source>
        <translation>Välj först en tabell att importera till.</translation>
    </message>
    <message>
        <location filename="../ui/mapping/table_def_editor.cpp" line="359"/>
        <source>A value map has no store table.</source>
        <translation>En värdemappning har ingen databastabell.</translation>
    </message>
    <message>
        <location filename="../ui/mapping/table_def_editor.cpp" line="365"/>
        <source>Import key,value CSV</source>
        <translation>Importera CSV med nyckel,värde</translation>
    </message>
    <message>
        <location filename="../ui/mapping/table_def_editor.cpp" line="365"/>
        <source>CSV or TSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>CSV- eller TSV-filer (*.csv *.tsv *.txt);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../ui/mapping/table_def_editor.cpp" line="371"/>
        <location filename="../ui/mapping/table_def_editor.cpp" line="376"/>
        <source>Import CSV</source>
        <translation>Importera CSV</translation>
    </message>
    <message>
        <location filename="../ui/mapping/table_def_editor.cpp" line="372"/>
        <source>Nothing was imported: these lines are not &apos;key,value&apos;:
%1</source>
        <translation>Inget importerades: de här raderna är inte ”nyckel,värde”:
%1</translation>
    </message>
    <message>
        <location filename="../ui/mapping/table_def_editor.cpp" line="387"/>
        <source>Imported %1: %2 added, %3 replaced.</source>
        <translation>Importerade %1: %2 tillagda, %3 ersatta.</translation>
    </message>
    <message>
        <location filename="../ui/mapping/table_def_editor.cpp" line="397"/>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <location filename="../ui/mapping/table_def_editor.cpp" line="397"/>
        <source>Name:</source>
        <translation>Namn:</translation>
    </message>
    <message>
        <location filename="../ui/mapping/table_def_editor.cpp" line="408"/>
        <source>Rename</source>
        <translation>Byt namn</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mapping/table_def_editor.cpp" line="408"/>
        <source>New name for %1 (%n rule(s) using it follow):</source>
        <translation>
            <numerusform>Nytt namn för %1 (%n regel som använder den följer med):</numerusform>
            <numerusform>Nytt namn för %1 (%n regler som använder den följer med):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mapping/table_def_editor.cpp" line="421"/>
        <source>%n rule(s) use %1 and will show an error. Remove it?</source>
        <translation>
            <numerusform>%n regel använder %1 och kommer att visa ett fel. Ta bort den?</numerusform>
            <numerusform>%n regler använder %1 och kommer att visa ett fel. Ta bort den?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>m3cart::ui::ValueMapEditor</name>
    <message>
        <location filename="../ui/mapping/value_map_editor.cpp" line="16"/>
        <source>Ignore &amp;case</source>
        <translation>Ignorera skift&amp;läge</translation>
    </message>
    <message>
        <location filename="../ui/mapping/value_map_editor.cpp" line="17"/>
        <source>Compare keys ignoring case: &quot;paypal&quot; finds &quot;PayPal&quot;</source>
        <translation>Jämför nycklar utan hänsyn till skiftläge: ”paypal” hittar ”PayPal”</translation>
    </message>
    <message>
        <location filename="../ui/mapping/value_map_editor.cpp" line="27"/>
        <source>%1 ignores case</source>
        <translation>%1 ignorerar skiftläge</translation>
    </message>
    <message>
        <location filename="../ui/mapping/value_map_editor.cpp" line="27"/>
        <source>%1 compares case</source>
        <translation>%1 skiljer på skiftläge</translation>
    </message>
</context>
<context>
    <name>m3cart::ui::VariantTableModel</name>
    <message>
        <location filename="../ui/mapping/variant_table_model.cpp" line="78"/>
        <source>Add %1 variant to %2</source>
        <translation>Lägg till %1-variant i %2</translation>
    </message>
    <message>
        <location filename="../ui/mapping/variant_table_model.cpp" line="95"/>
        <source>Remove a variant of %1</source>
        <translation>Ta bort en variant av %1</translation>
    </message>
    <message>
        <location filename="../ui/mapping/variant_table_model.cpp" line="144"/>
        <source>exact: the key as it is; upper: in capitals; stripSuffix: without a variant suffix (CORSET-XS → CORSET); pattern: a regex gives the key to try</source>
        <translation>exact: nyckeln som den är; upper: med versaler; stripSuffix: utan variantsuffix (CORSET-XS → CORSET); pattern: ett reguljärt uttryck ger nyckeln att pröva</translation>
    </message>
    <message>
        <location filename="../ui/mapping/variant_table_model.cpp" line="147"/>
        <source>stripSuffix: cut at the last separator</source>
        <translation>stripSuffix: kapa vid sista avgränsaren</translation>
    </message>
    <message>
        <location filename="../ui/mapping/variant_table_model.cpp" line="149"/>
        <source>stripSuffix: or cut one of these endings (comma separated)</source>
        <translation>stripSuffix: eller kapa en av dessa ändelser (kommaseparerade)</translation>
    </message>
    <message>
        <location filename="../ui/mapping/variant_table_model.cpp" line="151"/>
        <source>pattern: a regular expression matched against the key</source>
        <translation>pattern: ett reguljärt uttryck som matchas mot nyckeln</translation>
    </message>
    <message>
        <location filename="../ui/mapping/variant_table_model.cpp" line="153"/>
        <source>pattern: the key to try (\1 is the first group)</source>
        <translation>pattern: nyckeln att pröva (\1 är första gruppen)</translation>
    </message>
    <message>
        <location filename="../ui/mapping/variant_table_model.cpp" line="155"/>
        <source>pattern: the replacement is the answer itself, no table read</source>
        <translation>pattern: ersättningen är själva svaret, ingen tabell läses</translation>
    </message>
    <message>
        <location filename="../ui/mapping/variant_table_model.cpp" line="169"/>
        <source>&apos;%1&apos; is not a variant kind: %2.</source>
        <translation>”%1” är ingen varianttyp: %2.</translation>
    </message>
    <message>
        <location filename="../ui/mapping/variant_table_model.cpp" line="201"/>
        <source>A pattern variant needs a regular expression.</source>
        <translation>En pattern-variant behöver ett reguljärt uttryck.</translation>
    </message>
    <message>
        <location filename="../ui/mapping/variant_table_model.cpp" line="202"/>
        <source>A stripSuffix variant needs a separator or suffixes.</source>
        <translation>En stripSuffix-variant behöver en avgränsare eller suffix.</translation>
    </message>
    <message>
        <location filename="../ui/mapping/variant_table_model.cpp" line="205"/>
        <source>Edit a variant of %1</source>
        <translation>Redigera en variant av %1</translation>
    </message>
    <message>
        <location filename="../ui/mapping/variant_table_model.cpp" line="226"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../ui/mapping/variant_table_model.cpp" line="228"/>
        <source>Separator</source>
        <translation>Avgränsare</translation>
    </message>
    <message>
        <location filename="../ui/mapping/variant_table_model.cpp" line="230"/>
        <source>Suffixes</source>
        <translation>Suffix</translation>
    </message>
    <message>
        <location filename="../ui/mapping/variant_table_model.cpp" line="232"/>
        <source>Pattern</source>
        <translation>Mönster</translation>
    </message>
    <message>
        <location filename="../ui/mapping/variant_table_model.cpp" line="234"/>
        <source>Replacement</source>
        <translation>Ersättning</translation>
    </message>
    <message>
        <location filename="../ui/mapping/variant_table_model.cpp" line="236"/>
        <source>As value</source>
        <translation>Som värde</translation>
    </message>
</context>
<context>
    <name>m3cart::ui::VersionsDialog</name>
    <message>
        <location filename="../ui/mapping/versions_dialog.cpp" line="50"/>
        <source>added</source>
        <translation>tillagd</translation>
    </message>
    <message>
        <location filename="../ui/mapping/versions_dialog.cpp" line="52"/>
        <source>removed</source>
        <translation>borttagen</translation>
    </message>
    <message>
        <location filename="../ui/mapping/versions_dialog.cpp" line="56"/>
        <source>changed</source>
        <translation>ändrad</translation>
    </message>
    <message>
        <location filename="../ui/mapping/versions_dialog.cpp" line="63"/>
        <source>mapping</source>
        <translation>mappning</translation>
    </message>
    <message>
        <location filename="../ui/mapping/versions_dialog.cpp" line="65"/>
        <source>section</source>
        <translation>avsnitt</translation>
    </message>
    <message>
        <location filename="../ui/mapping/versions_dialog.cpp" line="67"/>
        <source>rule</source>
        <translation>regel</translation>
    </message>
    <message>
        <location filename="../ui/mapping/versions_dialog.cpp" line="69"/>
        <source>value map</source>
        <translation>värdemappning</translation>
    </message>
    <message>
        <location filename="../ui/mapping/versions_dialog.cpp" line="71"/>
        <source>lookup</source>
        <translation>uppslagstabell</translation>
    </message>
    <message>
        <location filename="../ui/mapping/versions_dialog.cpp" line="73"/>
        <source>parameter</source>
        <translation>parameter</translation>
    </message>
    <message>
        <location filename="../ui/mapping/versions_dialog.cpp" line="77"/>
        <source>context value</source>
        <translation>kontextvärde</translation>
    </message>
    <message>
        <location filename="../ui/mapping/versions_dialog.cpp" line="99"/>
        <source>No differences.</source>
        <translation>Inga skillnader.</translation>
    </message>
    <message>
        <location filename="../ui/mapping/versions_dialog.cpp" line="104"/>
        <source>Rules: %1 added, %2 removed, %3 changed · %4 change(s) in all.</source>
        <translation>Regler: %1 tillagda, %2 borttagna, %3 ändrade · totalt %4 ändring(ar).</translation>
    </message>
    <message>
        <location filename="../ui/mapping/versions_dialog.cpp" line="112"/>
        <source>Change</source>
        <translation>Ändring</translation>
    </message>
    <message>
        <location filename="../ui/mapping/versions_dialog.cpp" line="112"/>
        <source>Where</source>
        <translation>Var</translation>
    </message>
    <message>
        <location filename="../ui/mapping/versions_dialog.cpp" line="112"/>
        <source>Before</source>
        <translation>Före</translation>
    </message>
    <message>
        <location filename="../ui/mapping/versions_dialog.cpp" line="113"/>
        <source>After</source>
        <translation>Efter</translation>
    </message>
    <message>
        <location filename="../ui/mapping/versions_dialog.cpp" line="127"/>
        <source>Versions of %1</source>
        <translation>Versioner av %1</translation>
    </message>
    <message>
        <location filename="../ui/mapping/versions_dialog.cpp" line="132"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../ui/mapping/versions_dialog.cpp" line="132"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../ui/mapping/versions_dialog.cpp" line="132"/>
        <source>Author</source>
        <translation>Författare</translation>
    </message>
    <message>
        <location filename="../ui/mapping/versions_dialog.cpp" line="132"/>
        <source>Saved</source>
        <translation>Sparad</translation>
    </message>
    <message>
        <location filename="../ui/mapping/versions_dialog.cpp" line="132"/>
        <source>Note</source>
        <translation>Anmärkning</translation>
    </message>
    <message>
        <location filename="../ui/mapping/versions_dialog.cpp" line="152"/>
        <source>Select a version to see what it changed, or two (Ctrl+click, Shift+↓) to compare them.</source>
        <translation>Välj en version för att se vad den ändrade, eller två (Ctrl+klick, Skift+↓) för att jämföra dem.</translation>
    </message>
    <message>
        <location filename="../ui/mapping/versions_dialog.cpp" line="175"/>
        <source>&amp;Open in editor</source>
        <translation>&amp;Öppna i redigeraren</translation>
    </message>
    <message>
        <location filename="../ui/mapping/versions_dialog.cpp" line="177"/>
        <source>&amp;Activate (roll back)</source>
        <translation>&amp;Aktivera (gå tillbaka)</translation>
    </message>
    <message>
        <location filename="../ui/mapping/versions_dialog.cpp" line="179"/>
        <source>Make the selected version the one the flows use; it must validate.</source>
        <translation>Gör den valda versionen till den som flödena använder; den måste valideras.</translation>
    </message>
    <message>
        <location filename="../ui/mapping/versions_dialog.cpp" line="180"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportera…</translation>
    </message>
    <message>
        <location filename="../ui/mapping/versions_dialog.cpp" line="227"/>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location filename="../ui/mapping/versions_dialog.cpp" line="244"/>
        <source>No saved version yet: the editor shows the shipped default. Save it as a version first.</source>
        <translation>Ingen sparad version än: redigeraren visar den medföljande standarden. Spara den som en version först.</translation>
    </message>
    <message>
        <location filename="../ui/mapping/versions_dialog.cpp" line="303"/>
        <source>Select one or two versions.</source>
        <translation>Välj en eller två versioner.</translation>
    </message>
    <message>
        <location filename="../ui/mapping/versions_dialog.cpp" line="329"/>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <location filename="../ui/mapping/versions_dialog.cpp" line="332"/>
        <source>the shipped default</source>
        <translation>den medföljande standarden</translation>
    </message>
    <message>
        <location filename="../ui/mapping/versions_dialog.cpp" line="335"/>
        <source>Version %1 is the first: nothing to compare it with.</source>
        <translation>Version %1 är den första: det finns inget att jämföra med.</translation>
    </message>
    <message>
        <location filename="../ui/mapping/versions_dialog.cpp" line="345"/>
        <source>From %1 to version %2:</source>
        <translation>Från %1 till version %2:</translation>
    </message>
    <message>
        <location filename="../ui/mapping/versions_dialog.cpp" line="353"/>
        <source>Select the one version to activate.</source>
        <translation>Välj en enda version att aktivera.</translation>
    </message>
    <message>
        <location filename="../ui/mapping/versions_dialog.cpp" line="358"/>
        <source>Version %1 is active: the flows use it from their next event.</source>
        <translation>Version %1 är aktiv: flödena använder den från nästa händelse.</translation>
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
