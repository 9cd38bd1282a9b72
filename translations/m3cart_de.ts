<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>m3cart::ui</name>
    <message numerus="yes">
        <location filename="../ui/mapping/canvas_layout.cpp" line="42"/>
        <source>%n element(s)</source>
        <translation>
            <numerusform>%n Element</numerusform>
            <numerusform>%n Elemente</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mapping/canvas_layout.cpp" line="44"/>
        <source>object</source>
        <translation>Objekt</translation>
    </message>
</context>
<context>
    <name>m3cart::ui::AlertCenter</name>
    <message>
        <location filename="../ui/session/alert_center.cpp" line="74"/>
        <source>Dead letters need attention</source>
        <translation>Unzustellbare Ereignisse brauchen Aufmerksamkeit</translation>
    </message>
    <message>
        <location filename="../ui/session/alert_center.cpp" line="75"/>
        <source>Dead letters: %1 (threshold %2).</source>
        <translation>Unzustellbare Ereignisse: %1 (Schwelle %2).</translation>
    </message>
    <message>
        <location filename="../ui/session/alert_center.cpp" line="80"/>
        <source>Connection paused: %1</source>
        <translation>Verbindung angehalten: %1</translation>
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
        <translation>Anmeldung fehlgeschlagen: %1. Prüfen Sie die Zugangsdaten auf der Seite Verbindungen und setzen Sie dann die Verarbeitung fort.</translation>
    </message>
    <message>
        <location filename="../ui/session/alert_center.cpp" line="90"/>
        <source>The backlog is not moving</source>
        <translation>Der Rückstand bewegt sich nicht</translation>
    </message>
    <message>
        <location filename="../ui/session/alert_center.cpp" line="91"/>
        <source>Events waiting: %1; none finished for %2 minutes.</source>
        <translation>Wartende Ereignisse: %1; seit %2 Minuten wurde keines fertig.</translation>
    </message>
</context>
<context>
    <name>m3cart::ui::CanvasLayout</name>
    <message>
        <location filename="../ui/mapping/canvas_layout.cpp" line="186"/>
        <location filename="../ui/mapping/canvas_layout.cpp" line="191"/>
        <source>↻ Each element of %1 (@)</source>
        <translation>↻ Jedes Element von %1 (@)</translation>
    </message>
    <message>
        <location filename="../ui/mapping/canvas_layout.cpp" line="188"/>
        <source>position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../ui/mapping/canvas_layout.cpp" line="189"/>
        <source>The number of records written so far (0-based)</source>
        <translation>Anzahl der bisher geschriebenen Datensätze (ab 0)</translation>
    </message>
    <message>
        <location filename="../ui/mapping/canvas_layout.cpp" line="194"/>
        <source>$ — %1</source>
        <translation>$ — %1</translation>
    </message>
    <message>
        <location filename="../ui/mapping/canvas_layout.cpp" line="197"/>
        <source>Parameters ($params)</source>
        <translation>Parameter ($params)</translation>
    </message>
    <message>
        <location filename="../ui/mapping/canvas_layout.cpp" line="203"/>
        <source>Flow values ($ctx)</source>
        <translation>Ablaufwerte ($ctx)</translation>
    </message>
    <message>
        <location filename="../ui/mapping/canvas_layout.cpp" line="217"/>
        <source>Used by rules, not in the sample or layout</source>
        <translation>Von Regeln verwendet, nicht im Beispiel oder Layout</translation>
    </message>
    <message>
        <location filename="../ui/mapping/canvas_layout.cpp" line="220"/>
        <source>%1 is neither in the sample nor in the source layout</source>
        <translation>%1 ist weder im Beispiel noch im Quelllayout</translation>
    </message>
    <message>
        <location filename="../ui/mapping/canvas_layout.cpp" line="272"/>
        <source>not a field of %1</source>
        <translation>kein Feld von %1</translation>
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
        <translation>OAuth-Token (optional):</translation>
    </message>
    <message>
        <location filename="../ui/connections/cart_form.cpp" line="30"/>
        <source>API host:</source>
        <translation>API-Host:</translation>
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
        <translation>API-Version:</translation>
    </message>
    <message>
        <location filename="../ui/connections/cart_form.cpp" line="41"/>
        <source>3dcart reports order times in the store&apos;s local time without an offset.</source>
        <translation>3dcart meldet Bestellzeiten in der Ortszeit des Shops ohne Zeitzonenangabe.</translation>
    </message>
    <message>
        <location filename="../ui/connections/cart_form.cpp" line="42"/>
        <source>Store time zone:</source>
        <translation>Zeitzone des Shops:</translation>
    </message>
    <message>
        <location filename="../ui/connections/cart_form.cpp" line="47"/>
        <source> requests/s</source>
        <translation> Anfragen/s</translation>
    </message>
    <message>
        <location filename="../ui/connections/cart_form.cpp" line="48"/>
        <source>Pacing:</source>
        <translation>Drosselung:</translation>
    </message>
    <message>
        <location filename="../ui/connections/cart_form.cpp" line="52"/>
        <source>At most at once:</source>
        <translation>Höchstens gleichzeitig:</translation>
    </message>
    <message>
        <location filename="../ui/connections/cart_form.cpp" line="72"/>
        <source>SecureURL is empty: it is your store&apos;s address, e.g. https://yourstore.3dcartstores.com.</source>
        <translation>SecureURL ist leer: Das ist die Adresse Ihres Shops, z. B. https://yourstore.3dcartstores.com.</translation>
    </message>
    <message>
        <location filename="../ui/connections/cart_form.cpp" line="75"/>
        <source>SecureURL &apos;%1&apos; is not a web address.</source>
        <translation>SecureURL „%1“ ist keine Webadresse.</translation>
    </message>
    <message>
        <location filename="../ui/connections/cart_form.cpp" line="79"/>
        <source>API host &apos;%1&apos; must be an http(s) address (normally https://apirest.3dcart.com).</source>
        <translation>API-Host „%1“ muss eine http(s)-Adresse sein (normalerweise https://apirest.3dcart.com).</translation>
    </message>
    <message>
        <location filename="../ui/connections/cart_form.cpp" line="82"/>
        <source>PrivateKey is missing: copy it from your app in the 3dcart developer dashboard.</source>
        <translation>PrivateKey fehlt: Kopieren Sie ihn aus Ihrer App im 3dcart-Entwicklerbereich.</translation>
    </message>
    <message>
        <location filename="../ui/connections/cart_form.cpp" line="85"/>
        <source>Token is missing: the store gives it when it authorises the app.</source>
        <translation>Token fehlt: Der Shop vergibt ihn, wenn er die App autorisiert.</translation>
    </message>
    <message>
        <location filename="../ui/connections/cart_form.cpp" line="87"/>
        <source>Time zone &apos;%1&apos; is unknown; pick one from the list.</source>
        <translation>Zeitzone „%1“ ist unbekannt; wählen Sie eine aus der Liste.</translation>
    </message>
</context>
<context>
    <name>m3cart::ui::ConnectionForm</name>
    <message>
        <location filename="../ui/connections/connection_form.cpp" line="34"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../ui/connections/connection_form.cpp" line="36"/>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <location filename="../ui/connections/connection_form.cpp" line="55"/>
        <source>Connection works. %1</source>
        <translation>Die Verbindung funktioniert. %1</translation>
    </message>
    <message>
        <location filename="../ui/connections/connection_form.cpp" line="57"/>
        <source>Connection failed (%1 error): %2
What to check: %3</source>
        <translation>Verbindung fehlgeschlagen (Fehlerklasse %1): %2
Zu prüfen: %3</translation>
    </message>
    <message>
        <location filename="../ui/connections/connection_form.cpp" line="122"/>
        <source>Not saved:
• %1</source>
        <translation>Nicht gespeichert:
• %1</translation>
    </message>
    <message>
        <location filename="../ui/connections/connection_form.cpp" line="135"/>
        <source>Not saved: the secret store refused: %1</source>
        <translation>Nicht gespeichert: Der Geheimnisspeicher hat abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../ui/connections/connection_form.cpp" line="171"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../ui/connections/connection_form.cpp" line="182"/>
        <source>Saved. Secrets are kept for this session only.</source>
        <translation>Gespeichert. Geheimnisse gelten nur für diese Sitzung.</translation>
    </message>
    <message>
        <location filename="../ui/connections/connection_form.cpp" line="183"/>
        <source>Saved. Secrets are in the keychain.</source>
        <translation>Gespeichert. Geheimnisse liegen im Schlüsselbund.</translation>
    </message>
    <message>
        <location filename="../ui/connections/connection_form.cpp" line="186"/>
        <source>The running engine uses the new settings after m3cart restarts.</source>
        <translation>Die laufende Verarbeitung verwendet die neuen Einstellungen nach einem Neustart von m3cart.</translation>
    </message>
    <message>
        <location filename="../ui/connections/connection_form.cpp" line="196"/>
        <source>Cannot test yet:
• %1</source>
        <translation>Noch kein Test möglich:
• %1</translation>
    </message>
    <message>
        <location filename="../ui/connections/connection_form.cpp" line="200"/>
        <source>Testing…</source>
        <translation>Wird getestet …</translation>
    </message>
    <message>
        <location filename="../ui/connections/connection_form.cpp" line="213"/>
        <source>the PrivateKey and Token (the store must have authorised the app), and the SecureURL.</source>
        <translation>PrivateKey und Token (der Shop muss die App autorisiert haben) sowie die SecureURL.</translation>
    </message>
    <message>
        <location filename="../ui/connections/connection_form.cpp" line="215"/>
        <source>the .ionapi file (client and service account keys) or the user and password; the account must be allowed to call MI programs.</source>
        <translation>die .ionapi-Datei (Client- und Dienstkontoschlüssel) oder Benutzer und Passwort; das Konto muss MI-Programme aufrufen dürfen.</translation>
    </message>
    <message>
        <location filename="../ui/connections/connection_form.cpp" line="217"/>
        <source>the listener secret: the token= in the URL must match.</source>
        <translation>das Geheimnis des Empfängers: token= in der URL muss übereinstimmen.</translation>
    </message>
    <message>
        <location filename="../ui/connections/connection_form.cpp" line="219"/>
        <source>the address and port, the network, a proxy or firewall, and whether the server is up.</source>
        <translation>Adresse und Port, das Netzwerk, einen Proxy oder eine Firewall und ob der Server läuft.</translation>
    </message>
    <message>
        <location filename="../ui/connections/connection_form.cpp" line="221"/>
        <source>nothing is wrong with the settings; the server asks to slow down. Lower the pacing.</source>
        <translation>Die Einstellungen sind in Ordnung; der Server bittet um weniger Anfragen. Verringern Sie die Drosselung.</translation>
    </message>
    <message>
        <location filename="../ui/connections/connection_form.cpp" line="223"/>
        <source>the API base URL and the API version.</source>
        <translation>die API-Basis-URL und die API-Version.</translation>
    </message>
    <message>
        <location filename="../ui/connections/connection_form.cpp" line="224"/>
        <source>the gateway URL (pu) and the tenant; on premise, the base URL and port.</source>
        <translation>die Gateway-URL (pu) und den Mandanten; lokal installiert die Basis-URL und den Port.</translation>
    </message>
    <message>
        <location filename="../ui/connections/connection_form.cpp" line="225"/>
        <source>the address and port.</source>
        <translation>Adresse und Port.</translation>
    </message>
    <message>
        <location filename="../ui/connections/connection_form.cpp" line="227"/>
        <source>the values in the form (a URL, a number).</source>
        <translation>die Werte im Formular (eine URL, eine Zahl).</translation>
    </message>
    <message>
        <location filename="../ui/connections/connection_form.cpp" line="228"/>
        <source>the settings above.</source>
        <translation>die Einstellungen oben.</translation>
    </message>
</context>
<context>
    <name>m3cart::ui::ConnectionsPage</name>
    <message>
        <location filename="../ui/connections/connections_page.cpp" line="35"/>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <location filename="../ui/connections/connections_page.cpp" line="37"/>
        <source>Secrets go to the OS keychain only; this page shows whether one is stored, never its value.</source>
        <translation>Geheimnisse kommen nur in den Schlüsselbund des Systems; diese Seite zeigt, ob eines gespeichert ist, nie seinen Wert.</translation>
    </message>
    <message>
        <location filename="../ui/connections/connections_page.cpp" line="50"/>
        <source>Use session-only secrets</source>
        <translation>Geheimnisse nur für diese Sitzung</translation>
    </message>
    <message>
        <location filename="../ui/connections/connections_page.cpp" line="53"/>
        <source>Secrets stay in memory and are forgotten when m3cart closes; nothing is written to disk.</source>
        <translation>Geheimnisse bleiben im Arbeitsspeicher und sind nach dem Beenden von m3cart vergessen; nichts wird auf die Festplatte geschrieben.</translation>
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
        <translation>Empfänger</translation>
    </message>
    <message>
        <location filename="../ui/connections/connections_page.cpp" line="80"/>
        <source>Session-only secrets: they are kept in memory and forgotten when m3cart closes. Nothing is written to disk.</source>
        <translation>Geheimnisse nur für diese Sitzung: Sie bleiben im Arbeitsspeicher und sind nach dem Beenden von m3cart vergessen. Nichts wird auf die Festplatte geschrieben.</translation>
    </message>
    <message>
        <location filename="../ui/connections/connections_page.cpp" line="91"/>
        <source>No keychain is available, so secrets cannot be saved (%1). Start a keyring (e.g. GNOME Keyring or KWallet), or use session-only secrets.</source>
        <translation>Kein Schlüsselbund verfügbar, Geheimnisse können nicht gespeichert werden (%1). Starten Sie einen Schlüsselbund (z. B. GNOME Keyring oder KWallet) oder verwenden Sie Geheimnisse nur für diese Sitzung.</translation>
    </message>
    <message>
        <location filename="../ui/connections/connections_page.cpp" line="98"/>
        <source>SANDBOX session: the engine uses the simulators. The connections below are your saved ones; they are not used until you start m3cart without the sandbox.</source>
        <translation>SANDBOX-Sitzung: Die Verarbeitung nutzt die Simulatoren. Unten stehen Ihre gespeicherten Verbindungen; sie werden erst verwendet, wenn Sie m3cart ohne Sandbox starten.</translation>
    </message>
</context>
<context>
    <name>m3cart::ui::ConsoleSession</name>
    <message>
        <location filename="../ui/session/console_session.cpp" line="107"/>
        <source>Secrets are kept in memory for this session only and are forgotten when m3cart closes.</source>
        <translation>Geheimnisse bleiben nur für diese Sitzung im Arbeitsspeicher und sind nach dem Beenden von m3cart vergessen.</translation>
    </message>
    <message>
        <location filename="../ui/session/console_session.cpp" line="144"/>
        <source>Reading the configuration…</source>
        <translation>Konfiguration wird gelesen …</translation>
    </message>
    <message>
        <location filename="../ui/session/console_session.cpp" line="185"/>
        <source>No keychain: see Connections.</source>
        <translation>Kein Schlüsselbund: siehe Verbindungen.</translation>
    </message>
    <message>
        <location filename="../ui/session/console_session.cpp" line="191"/>
        <source>The engine is not running: complete the connections first.</source>
        <translation>Die Verarbeitung läuft nicht: Vervollständigen Sie zuerst die Verbindungen.</translation>
    </message>
    <message>
        <location filename="../ui/session/console_session.cpp" line="214"/>
        <source>The engine could not start: %1</source>
        <translation>Die Verarbeitung konnte nicht starten: %1</translation>
    </message>
    <message>
        <location filename="../ui/session/console_session.cpp" line="305"/>
        <source>Resumed; waiting for the next call</source>
        <translation>Fortgesetzt; wartet auf den nächsten Aufruf</translation>
    </message>
    <message>
        <location filename="../ui/session/console_session.cpp" line="326"/>
        <source>%1 connection: %2</source>
        <translation>Verbindung %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/session/console_session.cpp" line="368"/>
        <source>3dcart simulator: %1
M3 simulator: %2
Nothing leaves this computer.</source>
        <translation>3dcart-Simulator: %1
M3-Simulator: %2
Nichts verlässt diesen Computer.</translation>
    </message>
    <message>
        <location filename="../ui/session/console_session.cpp" line="407"/>
        <source>Sandbox webhooks could not be registered: %1</source>
        <translation>Sandbox-Webhooks konnten nicht registriert werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/session/console_session.cpp" line="421"/>
        <source>Testing…</source>
        <translation>Wird getestet …</translation>
    </message>
    <message>
        <location filename="../ui/session/console_session.cpp" line="453"/>
        <source>3dcart answered (order statuses: %1).</source>
        <translation>3dcart hat geantwortet (Bestellstatus: %1).</translation>
    </message>
    <message>
        <location filename="../ui/session/console_session.cpp" line="469"/>
        <source>M3 answered: user %1, company %2, division %3.</source>
        <translation>M3 hat geantwortet: Benutzer %1, Firma %2, Division %3.</translation>
    </message>
    <message>
        <location filename="../ui/session/console_session.cpp" line="497"/>
        <source>The listener answered at %1.</source>
        <translation>Der Empfänger hat unter %1 geantwortet.</translation>
    </message>
    <message>
        <location filename="../ui/session/console_session.cpp" line="510"/>
        <source>The listener has no secret yet: generate one and save the listener first.</source>
        <translation>Der Empfänger hat noch kein Geheimnis: Erzeugen Sie eines und speichern Sie den Empfänger zuerst.</translation>
    </message>
</context>
<context>
    <name>m3cart::ui::DashboardPage</name>
    <message>
        <location filename="../ui/dashboard/dashboard_page.cpp" line="73"/>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboard_page.cpp" line="75"/>
        <source>Retrying</source>
        <translation>Erneuter Versuch</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboard_page.cpp" line="77"/>
        <source>Held</source>
        <translation>Zurückgehalten</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboard_page.cpp" line="72"/>
        <source>Dead letters</source>
        <translation>Unzustellbare</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboard_page.cpp" line="35"/>
        <source>3dcart order → M3</source>
        <translation>3dcart-Bestellung → M3</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboard_page.cpp" line="37"/>
        <source>M3 order status → 3dcart</source>
        <translation>M3-Auftragsstatus → 3dcart</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboard_page.cpp" line="44"/>
        <location filename="../ui/dashboard/dashboard_page.cpp" line="90"/>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboard_page.cpp" line="46"/>
        <source>dead-lettered</source>
        <translation>unzustellbar</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboard_page.cpp" line="48"/>
        <source>failed, will retry</source>
        <translation>fehlgeschlagen, neuer Versuch folgt</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboard_page.cpp" line="66"/>
        <source>Orders synced today</source>
        <translation>Heute übertragene Bestellungen</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboard_page.cpp" line="68"/>
        <source>Stock pushes today</source>
        <translation>Bestandsmeldungen heute</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboard_page.cpp" line="70"/>
        <source>Backlog</source>
        <translation>Rückstand</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboard_page.cpp" line="79"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboard_page.cpp" line="187"/>
        <source>%1 in the last hour</source>
        <translation>%1 in der letzten Stunde</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboard_page.cpp" line="205"/>
        <source>not run yet</source>
        <translation>noch nicht gelaufen</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboard_page.cpp" line="206"/>
        <source>%1 at %2</source>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboard_page.cpp" line="224"/>
        <source>Events per hour since %1</source>
        <translation>Ereignisse pro Stunde seit %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboard_page.cpp" line="58"/>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboard_page.cpp" line="85"/>
        <source>Events per hour, last 24 hours</source>
        <translation>Ereignisse pro Stunde, letzte 24 Stunden</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboard_page.cpp" line="89"/>
        <source>received</source>
        <translation>empfangen</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboard_page.cpp" line="118"/>
        <source>Errors by class</source>
        <translation>Fehler nach Klasse</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboard_page.cpp" line="128"/>
        <source>Last run per flow</source>
        <translation>Letzter Lauf je Ablauf</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboard_page.cpp" line="174"/>
        <source>Cannot read the store: %1</source>
        <translation>Die Datenbank kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>m3cart::ui::DeadLettersPage</name>
    <message>
        <location filename="../ui/deadletters/dead_letters_page.cpp" line="38"/>
        <source>Dead letters</source>
        <translation>Unzustellbare</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dead_letters_page.cpp" line="43"/>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dead_letters_page.cpp" line="45"/>
        <source>Edit and retry…</source>
        <translation>Bearbeiten und wiederholen…</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dead_letters_page.cpp" line="47"/>
        <source>Dry-run retry</source>
        <translation>Probelauf der Wiederholung</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dead_letters_page.cpp" line="49"/>
        <source>Retry all matching</source>
        <translation>Alle Treffer wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dead_letters_page.cpp" line="53"/>
        <source>Discard…</source>
        <translation>Verwerfen…</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dead_letters_page.cpp" line="55"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dead_letters_page.cpp" line="58"/>
        <source>Open in mapping editor</source>
        <translation>Im Mapping-Editor öffnen</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dead_letters_page.cpp" line="69"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dead_letters_page.cpp" line="70"/>
        <source>Pause between two retries of a bulk retry, so the other system is not flooded.</source>
        <translation>Pause zwischen zwei Wiederholungen einer Sammelwiederholung, damit das andere System nicht überflutet wird.</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dead_letters_page.cpp" line="73"/>
        <source>Why you retry (kept in the audit log)</source>
        <translation>Warum Sie wiederholen (wird im Audit-Log festgehalten)</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dead_letters_page.cpp" line="74"/>
        <source>Pace:</source>
        <translation>Tempo:</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dead_letters_page.cpp" line="76"/>
        <source>Reason:</source>
        <translation>Grund:</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dead_letters_page.cpp" line="86"/>
        <source>Bulk retry</source>
        <translation>Sammelwiederholung</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dead_letters_page.cpp" line="92"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dead_letters_page.cpp" line="115"/>
        <source>#%1 retried</source>
        <translation>#%1 wiederholt</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dead_letters_page.cpp" line="115"/>
        <source>#%1 failed: %2</source>
        <translation>#%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dead_letters_page.cpp" line="127"/>
        <source>Bulk retry: %1 retried, %2 failed, %3 cancelled.</source>
        <translation>Sammelwiederholung: %1 wiederholt, %2 fehlgeschlagen, %3 abgebrochen.</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dead_letters_page.cpp" line="131"/>
        <source>Export dead letters</source>
        <translation>Unzustellbare exportieren</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dead_letters_page.cpp" line="132"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dead_letters_page.cpp" line="157"/>
        <source>Select a dead letter first.</source>
        <translation>Wählen Sie zuerst ein unzustellbares Ereignis aus.</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dead_letters_page.cpp" line="173"/>
        <source>retried in the console</source>
        <translation>in der Konsole wiederholt</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dead_letters_page.cpp" line="188"/>
        <source>Select the dead letters to retry first.</source>
        <translation>Wählen Sie zuerst die unzustellbaren Ereignisse aus, die wiederholt werden sollen.</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dead_letters_page.cpp" line="203"/>
        <source>No dead letter matches the filter.</source>
        <translation>Kein unzustellbares Ereignis passt zum Filter.</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dead_letters_page.cpp" line="212"/>
        <source>A bulk retry is running: cancel it or wait for it to finish.</source>
        <translation>Eine Sammelwiederholung läuft: brechen Sie sie ab oder warten Sie, bis sie fertig ist.</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dead_letters_page.cpp" line="220"/>
        <source>Retrying %1 dead letters, %2 ms apart…</source>
        <translation>%1 unzustellbare Ereignisse werden im Abstand von %2 ms wiederholt…</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dead_letters_page.cpp" line="228"/>
        <source>Select a dead letter to edit first.</source>
        <translation>Wählen Sie zuerst ein unzustellbares Ereignis zum Bearbeiten aus.</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dead_letters_page.cpp" line="263"/>
        <source>#%1: the edited payload is saved as a new revision and the event is retried.</source>
        <translation>#%1: Die bearbeiteten Nutzdaten sind als neue Revision gespeichert, das Ereignis wird wiederholt.</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dead_letters_page.cpp" line="277"/>
        <source>Select a dead letter for the dry run first.</source>
        <translation>Wählen Sie zuerst ein unzustellbares Ereignis für den Probelauf aus.</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dead_letters_page.cpp" line="295"/>
        <source>A dry run is not available for events of kind %1 yet.</source>
        <translation>Für Ereignisse der Art %1 gibt es noch keinen Probelauf.</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dead_letters_page.cpp" line="300"/>
        <source>Dry run of #%1 under way: reads go out, nothing is written…</source>
        <translation>Probelauf von #%1 läuft: Lesezugriffe gehen hinaus, nichts wird geschrieben…</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dead_letters_page.cpp" line="303"/>
        <source>Dry run: %1</source>
        <translation>Probelauf: %1</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dead_letters_page.cpp" line="310"/>
        <source>Dry run of #%1 would fail: %2</source>
        <translation>Probelauf von #%1 würde scheitern: %2</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dead_letters_page.cpp" line="314"/>
        <source>Dry run of #%1</source>
        <translation>Probelauf von #%1</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dead_letters_page.cpp" line="315"/>
        <source>A retry would send these %1 calls (reads were made for real).</source>
        <translation>Eine Wiederholung würde diese %1 Aufrufe senden (Lesezugriffe wurden tatsächlich ausgeführt).</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dead_letters_page.cpp" line="318"/>
        <source>Dry run of #%1: %2 calls.</source>
        <translation>Probelauf von #%1: %2 Aufrufe.</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dead_letters_page.cpp" line="328"/>
        <source>Select the dead letters to discard first.</source>
        <translation>Wählen Sie zuerst die unzustellbaren Ereignisse aus, die verworfen werden sollen.</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dead_letters_page.cpp" line="332"/>
        <source>Discard %1 dead letters</source>
        <translation>%1 unzustellbare Ereignisse verwerfen</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dead_letters_page.cpp" line="333"/>
        <source>Discarded events are never sent. Say why; the reason is kept in the audit log.</source>
        <translation>Verworfene Ereignisse werden nie gesendet. Geben Sie den Grund an; er wird im Audit-Log festgehalten.</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dead_letters_page.cpp" line="334"/>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dead_letters_page.cpp" line="348"/>
        <source>%1 dead letters discarded.</source>
        <translation>%1 unzustellbare Ereignisse verworfen.</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dead_letters_page.cpp" line="349"/>
        <source>Discarded %1 of %2; %3</source>
        <translation>%1 von %2 verworfen; %3</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dead_letters_page.cpp" line="381"/>
        <source>%1 dead letters exported to %2.</source>
        <translation>%1 unzustellbare Ereignisse nach %2 exportiert.</translation>
    </message>
</context>
<context>
    <name>m3cart::ui::EntryTableModel</name>
    <message>
        <location filename="../ui/mapping/entry_table_model.cpp" line="91"/>
        <source>Add entry %1 to %2</source>
        <translation>Eintrag %1 zu %2 hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/mapping/entry_table_model.cpp" line="102"/>
        <source>Remove entry %1 from %2</source>
        <translation>Eintrag %1 aus %2 entfernen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mapping/entry_table_model.cpp" line="124"/>
        <source>Import %n entr(ies) into %1</source>
        <translation>
            <numerusform>%n Eintrag in %1 importieren</numerusform>
            <numerusform>%n Einträge in %1 importieren</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mapping/entry_table_model.cpp" line="145"/>
        <source>A number</source>
        <translation>Eine Zahl</translation>
    </message>
    <message>
        <location filename="../ui/mapping/entry_table_model.cpp" line="157"/>
        <source>Edit %1 in %2</source>
        <translation>%1 in %2 bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/mapping/entry_table_model.cpp" line="161"/>
        <source>An entry needs a key: the key of &apos;%1&apos; was not changed.</source>
        <translation>Ein Eintrag braucht einen Schlüssel: Der Schlüssel von „%1“ wurde nicht geändert.</translation>
    </message>
    <message>
        <location filename="../ui/mapping/entry_table_model.cpp" line="166"/>
        <source>Key &apos;%1&apos; is already in %2 (row %3): each key once.</source>
        <translation>Schlüssel „%1“ ist bereits in %2 (Zeile %3): jeder Schlüssel nur einmal.</translation>
    </message>
    <message>
        <location filename="../ui/mapping/entry_table_model.cpp" line="171"/>
        <source>Rename key %1 to %2 in %3</source>
        <translation>In %3 Schlüssel %1 in %2 umbenennen</translation>
    </message>
    <message>
        <location filename="../ui/mapping/entry_table_model.cpp" line="186"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/mapping/entry_table_model.cpp" line="186"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>m3cart::ui::EventBrowser</name>
    <message>
        <location filename="../ui/monitor/event_browser.cpp" line="44"/>
        <source>filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../ui/monitor/event_browser.cpp" line="65"/>
        <source>Text in the payload (Ctrl+Shift+F)</source>
        <translation>Text in den Nutzdaten (Strg+Umschalt+F)</translation>
    </message>
    <message>
        <location filename="../ui/monitor/event_browser.cpp" line="67"/>
        <source>Clear filters</source>
        <translation>Filter leeren</translation>
    </message>
    <message>
        <location filename="../ui/monitor/event_browser.cpp" line="212"/>
        <source>%1 events</source>
        <translation>%1 Ereignisse</translation>
    </message>
</context>
<context>
    <name>m3cart::ui::EventDetailView</name>
    <message>
        <location filename="../ui/monitor/event_detail.cpp" line="101"/>
        <source>Payload</source>
        <translation>Nutzdaten</translation>
    </message>
    <message>
        <location filename="../ui/monitor/event_detail.cpp" line="105"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../ui/monitor/event_detail.cpp" line="105"/>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <location filename="../ui/monitor/event_detail.cpp" line="105"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../ui/monitor/event_detail.cpp" line="105"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/monitor/event_detail.cpp" line="105"/>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <location filename="../ui/monitor/event_detail.cpp" line="105"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location filename="../ui/monitor/event_detail.cpp" line="108"/>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <location filename="../ui/monitor/event_detail.cpp" line="111"/>
        <source>Flow</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <location filename="../ui/monitor/event_detail.cpp" line="120"/>
        <location filename="../ui/monitor/event_detail.cpp" line="210"/>
        <source>Revisions</source>
        <translation>Revisionen</translation>
    </message>
    <message>
        <location filename="../ui/monitor/event_detail.cpp" line="130"/>
        <source>Select an event to see its payload, attempts and links.</source>
        <translation>Wählen Sie ein Ereignis, um Nutzdaten, Versuche und Verweise zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/monitor/event_detail.cpp" line="152"/>
        <source>&lt;b&gt;#%1&lt;/b&gt; %2 · %3 · &lt;b&gt;%4&lt;/b&gt; · received %5 from %6</source>
        <translation>&lt;b&gt;#%1&lt;/b&gt; %2 · %3 · &lt;b&gt;%4&lt;/b&gt; · empfangen %5 von %6</translation>
    </message>
    <message>
        <location filename="../ui/monitor/event_detail.cpp" line="162"/>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <location filename="../ui/monitor/event_detail.cpp" line="163"/>
        <source>3dcart %1 %2 ↔ M3 %1 %3</source>
        <translation>3dcart-%1 %2 ↔ M3-%1 %3</translation>
    </message>
    <message>
        <location filename="../ui/monitor/event_detail.cpp" line="164"/>
        <source>order</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <location filename="../ui/monitor/event_detail.cpp" line="164"/>
        <source>customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../ui/monitor/event_detail.cpp" line="168"/>
        <source>held behind &lt;a href=&quot;event:%1&quot;&gt;#%1&lt;/a&gt;</source>
        <translation>zurückgehalten hinter &lt;a href=&quot;event:%1&quot;&gt;#%1&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../ui/monitor/event_detail.cpp" line="173"/>
        <source>holding back %1</source>
        <translation>hält %1 zurück</translation>
    </message>
    <message>
        <location filename="../ui/monitor/event_detail.cpp" line="183"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location filename="../ui/monitor/event_detail.cpp" line="183"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/monitor/event_detail.cpp" line="187"/>
        <source>request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <location filename="../ui/monitor/event_detail.cpp" line="190"/>
        <source>response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location filename="../ui/monitor/event_detail.cpp" line="202"/>
        <source>No flow step has finished for this event.</source>
        <translation>Für dieses Ereignis ist noch kein Ablaufschritt abgeschlossen.</translation>
    </message>
    <message>
        <location filename="../ui/monitor/event_detail.cpp" line="207"/>
        <source>Revision %1 by %2 at %3: %4</source>
        <translation>Revision %1 von %2 am %3: %4</translation>
    </message>
    <message>
        <location filename="../ui/monitor/event_detail.cpp" line="211"/>
        <source>Revisions (%1)</source>
        <translation>Revisionen (%1)</translation>
    </message>
</context>
<context>
    <name>m3cart::ui::EventMonitorPage</name>
    <message>
        <location filename="../ui/monitor/event_monitor_page.cpp" line="18"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location filename="../ui/monitor/event_monitor_page.cpp" line="19"/>
        <source>Every webhook, BOD and poll result, live. Filter under each column: text, =exact, &gt;, &lt;, %like%, /regex/, a..b. Ctrl+F filter · Alt+↓/↑ next/previous · Ctrl+Shift+C copy as CSV · F5 reload.</source>
        <translation>Jeder Webhook, jede BOD und jedes Abfrageergebnis, live. Filter unter jeder Spalte: Text, =genau, &gt;, &lt;, %like%, /Regex/, a..b. Strg+F Filter · Alt+↓/↑ nächstes/vorheriges · Strg+Umschalt+C als CSV kopieren · F5 neu laden.</translation>
    </message>
    <message>
        <location filename="../ui/monitor/event_monitor_page.cpp" line="24"/>
        <source>Open in mapping editor</source>
        <translation>Im Mapping-Editor öffnen</translation>
    </message>
    <message>
        <location filename="../ui/monitor/event_monitor_page.cpp" line="28"/>
        <source>The selected event&apos;s payload as the sample of the mapping that reads it (%1)</source>
        <translation>Die Nutzdaten des gewählten Ereignisses als Beispiel der Zuordnung, die sie liest (%1)</translation>
    </message>
</context>
<context>
    <name>m3cart::ui::EventTableModel</name>
    <message>
        <location filename="../ui/models/event_table_model.cpp" line="145"/>
        <source>#%1 received %2</source>
        <translation>#%1 empfangen %2</translation>
    </message>
    <message>
        <location filename="../ui/models/event_table_model.cpp" line="155"/>
        <source>held behind #%1</source>
        <translation>zurückgehalten hinter #%1</translation>
    </message>
    <message>
        <location filename="../ui/models/event_table_model.cpp" line="166"/>
        <source>%1 held</source>
        <translation>%1 zurückgehalten</translation>
    </message>
    <message>
        <location filename="../ui/models/event_table_model.cpp" line="180"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../ui/models/event_table_model.cpp" line="182"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../ui/models/event_table_model.cpp" line="184"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../ui/models/event_table_model.cpp" line="186"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/models/event_table_model.cpp" line="188"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/models/event_table_model.cpp" line="190"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/models/event_table_model.cpp" line="192"/>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <location filename="../ui/models/event_table_model.cpp" line="194"/>
        <source>Error class</source>
        <translation>Fehlerklasse</translation>
    </message>
    <message>
        <location filename="../ui/models/event_table_model.cpp" line="196"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../ui/models/event_table_model.cpp" line="198"/>
        <source>Payload</source>
        <translation>Nutzdaten</translation>
    </message>
    <message>
        <location filename="../ui/models/event_table_model.cpp" line="200"/>
        <source>Flow step</source>
        <translation>Ablaufschritt</translation>
    </message>
    <message>
        <location filename="../ui/models/event_table_model.cpp" line="202"/>
        <source>Holding back</source>
        <translation>Hält zurück</translation>
    </message>
</context>
<context>
    <name>m3cart::ui::FilterHeader</name>
    <message>
        <location filename="../ui/widgets/filter_header.cpp" line="37"/>
        <source>Filter: text, =exact, &gt;, &lt;, %like%, /regex/, a..b; times as 2026-11-29, -2h or a..b</source>
        <translation>Filter: Text, =genau, &gt;, &lt;, %like%, /Regex/, a..b; Zeiten als 2026-11-29, -2h oder a..b</translation>
    </message>
</context>
<context>
    <name>m3cart::ui::FunctionChain</name>
    <message>
        <location filename="../ui/mapping/function_chain.cpp" line="162"/>
        <source>ƒ formula</source>
        <translation>ƒ Formel</translation>
    </message>
</context>
<context>
    <name>m3cart::ui::FunctionChainDialog</name>
    <message>
        <location filename="../ui/mapping/function_chain_dialog.cpp" line="28"/>
        <source>Function chain: %1</source>
        <translation>Funktionskette: %1</translation>
    </message>
    <message>
        <location filename="../ui/mapping/function_chain_dialog.cpp" line="41"/>
        <source>extra arguments, e.g. 36 or &apos;-&apos;, &apos;&apos;</source>
        <translation>weitere Argumente, z. B. 36 oder &apos;-&apos;, &apos;&apos;</translation>
    </message>
    <message>
        <location filename="../ui/mapping/function_chain_dialog.cpp" line="42"/>
        <source>&amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <location filename="../ui/mapping/function_chain_dialog.cpp" line="43"/>
        <source>Do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <location filename="../ui/mapping/function_chain_dialog.cpp" line="44"/>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/mapping/function_chain_dialog.cpp" line="45"/>
        <source>Chain (applied top to bottom)</source>
        <translation>Kette (von oben nach unten angewendet)</translation>
    </message>
    <message>
        <location filename="../ui/mapping/function_chain_dialog.cpp" line="48"/>
        <source>&amp;Arguments:</source>
        <translation>&amp;Argumente:</translation>
    </message>
    <message>
        <location filename="../ui/mapping/function_chain_dialog.cpp" line="59"/>
        <source>Filter functions…</source>
        <translation>Funktionen filtern…</translation>
    </message>
    <message>
        <location filename="../ui/mapping/function_chain_dialog.cpp" line="62"/>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <location filename="../ui/mapping/function_chain_dialog.cpp" line="76"/>
        <source>A&amp;dd to chain</source>
        <translation>Zur Kette &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/mapping/function_chain_dialog.cpp" line="78"/>
        <source>Function library</source>
        <translation>Funktionsbibliothek</translation>
    </message>
    <message>
        <location filename="../ui/mapping/function_chain_dialog.cpp" line="96"/>
        <source>Expression:</source>
        <translation>Ausdruck:</translation>
    </message>
    <message>
        <location filename="../ui/mapping/function_chain_dialog.cpp" line="97"/>
        <source>Preview:</source>
        <translation>Vorschau:</translation>
    </message>
    <message>
        <location filename="../ui/mapping/function_chain_dialog.cpp" line="136"/>
        <source>%1 ← %2
This expression is not a simple chain of functions over one source; edit it in the Rules tab.</source>
        <translation>%1 ← %2
Dieser Ausdruck ist keine einfache Funktionskette über eine Quelle; bearbeiten Sie ihn im Reiter Regeln.</translation>
    </message>
    <message>
        <location filename="../ui/mapping/function_chain_dialog.cpp" line="143"/>
        <source>%1 ← %2 (source), then the functions below</source>
        <translation>%1 ← %2 (Quelle), dann die Funktionen unten</translation>
    </message>
    <message>
        <location filename="../ui/mapping/function_chain_dialog.cpp" line="193"/>
        <source>%1
%2
Example: %3</source>
        <translation>%1
%2
Beispiel: %3</translation>
    </message>
    <message>
        <location filename="../ui/mapping/function_chain_dialog.cpp" line="234"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/mapping/function_chain_dialog.cpp" line="276"/>
        <source>(no sample: open one to preview)</source>
        <translation>(kein Beispiel: öffnen Sie eines für die Vorschau)</translation>
    </message>
    <message>
        <location filename="../ui/mapping/function_chain_dialog.cpp" line="282"/>
        <source>(empty: the field is not sent)</source>
        <translation>(leer: das Feld wird nicht gesendet)</translation>
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
        <translation>Vorschau: %1</translation>
    </message>
</context>
<context>
    <name>m3cart::ui::ListenerForm</name>
    <message>
        <location filename="../ui/connections/listener_form.cpp" line="25"/>
        <source>127.0.0.1 behind a reverse proxy; 0.0.0.0 to accept from the network.</source>
        <translation>127.0.0.1 hinter einem Reverse-Proxy; 0.0.0.0, um Verbindungen aus dem Netzwerk anzunehmen.</translation>
    </message>
    <message>
        <location filename="../ui/connections/listener_form.cpp" line="26"/>
        <source>Listen on address:</source>
        <translation>Auf Adresse lauschen:</translation>
    </message>
    <message>
        <location filename="../ui/connections/listener_form.cpp" line="30"/>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <location filename="../ui/connections/listener_form.cpp" line="34"/>
        <source>Where 3dcart and ION reach the listener from the internet.</source>
        <translation>Unter dieser Adresse erreichen 3dcart und ION den Empfänger aus dem Internet.</translation>
    </message>
    <message>
        <location filename="../ui/connections/listener_form.cpp" line="35"/>
        <source>Public URL:</source>
        <translation>Öffentliche URL:</translation>
    </message>
    <message>
        <location filename="../ui/connections/listener_form.cpp" line="36"/>
        <source>Secret:</source>
        <translation>Geheimnis:</translation>
    </message>
    <message>
        <location filename="../ui/connections/listener_form.cpp" line="37"/>
        <source>TLS certificate (PEM):</source>
        <translation>TLS-Zertifikat (PEM):</translation>
    </message>
    <message>
        <location filename="../ui/connections/listener_form.cpp" line="38"/>
        <source>TLS private key (PEM):</source>
        <translation>Privater TLS-Schlüssel (PEM):</translation>
    </message>
    <message>
        <location filename="../ui/connections/listener_form.cpp" line="40"/>
        <source>Register webhooks</source>
        <translation>Webhooks registrieren</translation>
    </message>
    <message>
        <location filename="../ui/connections/listener_form.cpp" line="43"/>
        <source>Creates or updates one webhook per event at the 3dcart store, pointing at the public URL with the secret.</source>
        <translation>Legt im 3dcart-Shop je Ereignis einen Webhook an oder aktualisiert ihn; er zeigt mit dem Geheimnis auf die öffentliche URL.</translation>
    </message>
    <message>
        <location filename="../ui/connections/listener_form.cpp" line="48"/>
        <source>Webhooks registered:
%1</source>
        <translation>Webhooks registriert:
%1</translation>
    </message>
    <message>
        <location filename="../ui/connections/listener_form.cpp" line="49"/>
        <source>Webhooks not registered: %1</source>
        <translation>Webhooks nicht registriert: %1</translation>
    </message>
    <message>
        <location filename="../ui/connections/listener_form.cpp" line="62"/>
        <source>none: plain HTTP (use a TLS proxy in front)</source>
        <translation>keines: einfaches HTTP (TLS-Proxy davorschalten)</translation>
    </message>
    <message>
        <location filename="../ui/connections/listener_form.cpp" line="63"/>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <location filename="../ui/connections/listener_form.cpp" line="68"/>
        <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
        <translation>PEM-Dateien (*.pem *.crt *.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/connections/listener_form.cpp" line="91"/>
        <source>Address &apos;%1&apos; is not an IP address (e.g. 127.0.0.1 or 0.0.0.0).</source>
        <translation>Adresse „%1“ ist keine IP-Adresse (z. B. 127.0.0.1 oder 0.0.0.0).</translation>
    </message>
    <message>
        <location filename="../ui/connections/listener_form.cpp" line="94"/>
        <source>Public URL &apos;%1&apos; must be an http(s) address.</source>
        <translation>Öffentliche URL „%1“ muss eine http(s)-Adresse sein.</translation>
    </message>
    <message>
        <location filename="../ui/connections/listener_form.cpp" line="96"/>
        <source>The secret is missing: press Generate.</source>
        <translation>Das Geheimnis fehlt: Klicken Sie auf Erzeugen.</translation>
    </message>
    <message>
        <location filename="../ui/connections/listener_form.cpp" line="98"/>
        <source>The secret is too short: use at least 16 characters, or press Generate.</source>
        <translation>Das Geheimnis ist zu kurz: mindestens 16 Zeichen, oder klicken Sie auf Erzeugen.</translation>
    </message>
    <message>
        <location filename="../ui/connections/listener_form.cpp" line="100"/>
        <source>TLS needs both the certificate and the private key (or neither).</source>
        <translation>TLS braucht Zertifikat und privaten Schlüssel (oder keines von beiden).</translation>
    </message>
    <message>
        <location filename="../ui/connections/listener_form.cpp" line="103"/>
        <source>Cannot read %1.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../ui/connections/listener_form.cpp" line="121"/>
        <source>Enter the public URL first: the address 3dcart calls, e.g. https://hooks.example.com.</source>
        <translation>Geben Sie zuerst die öffentliche URL ein: die Adresse, die 3dcart aufruft, z. B. https://hooks.example.com.</translation>
    </message>
    <message>
        <location filename="../ui/connections/listener_form.cpp" line="125"/>
        <source>Registering webhooks…</source>
        <translation>Webhooks werden registriert …</translation>
    </message>
</context>
<context>
    <name>m3cart::ui::LookupEditor</name>
    <message>
        <location filename="../ui/mapping/lookup_editor.cpp" line="71"/>
        <source>(inline entries only)</source>
        <translation>(nur eingebettete Einträge)</translation>
    </message>
    <message>
        <location filename="../ui/mapping/lookup_editor.cpp" line="72"/>
        <source>lookup_entries.table_name in the store: large tables live there</source>
        <translation>lookup_entries.table_name in der Datenbank: Große Tabellen liegen dort</translation>
    </message>
    <message>
        <location filename="../ui/mapping/lookup_editor.cpp" line="74"/>
        <source>S&amp;tore table:</source>
        <translation>Datenban&amp;ktabelle:</translation>
    </message>
    <message>
        <location filename="../ui/mapping/lookup_editor.cpp" line="87"/>
        <source>Add &amp;variant</source>
        <translation>Variante hin&amp;zufügen</translation>
    </message>
    <message>
        <location filename="../ui/mapping/lookup_editor.cpp" line="88"/>
        <source>Remove (Del)</source>
        <translation>Entfernen (Del)</translation>
    </message>
    <message>
        <location filename="../ui/mapping/lookup_editor.cpp" line="89"/>
        <source>Remove variant</source>
        <translation>Variante entfernen</translation>
    </message>
    <message>
        <location filename="../ui/mapping/lookup_editor.cpp" line="103"/>
        <source>Key variants (tried in order; none: exact only)</source>
        <translation>Schlüsselvarianten (der Reihe nach versucht; keine: nur exakt)</translation>
    </message>
    <message>
        <location filename="../ui/mapping/lookup_editor.cpp" line="115"/>
        <source>Search keys…</source>
        <translation>Schlüssel suchen…</translation>
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
        <translation>Vorherige Seite</translation>
    </message>
    <message>
        <location filename="../ui/mapping/lookup_editor.cpp" line="123"/>
        <source>Next page</source>
        <translation>Nächste Seite</translation>
    </message>
    <message>
        <location filename="../ui/mapping/lookup_editor.cpp" line="133"/>
        <source>Store table content</source>
        <translation>Inhalt der Datenbanktabelle</translation>
    </message>
    <message>
        <location filename="../ui/mapping/lookup_editor.cpp" line="149"/>
        <source>A lookup needs a store table or inline entries.</source>
        <translation>Eine Nachschlagetabelle braucht eine Datenbanktabelle oder eingebettete Einträge.</translation>
    </message>
    <message>
        <location filename="../ui/mapping/lookup_editor.cpp" line="153"/>
        <source>%1 reads store table %2</source>
        <translation>%1 liest Datenbanktabelle %2</translation>
    </message>
    <message>
        <location filename="../ui/mapping/lookup_editor.cpp" line="183"/>
        <source>No store open.</source>
        <translation>Keine Datenbank geöffnet.</translation>
    </message>
    <message>
        <location filename="../ui/mapping/lookup_editor.cpp" line="185"/>
        <source>No store table: inline entries only.</source>
        <translation>Keine Datenbanktabelle: nur eingebettete Einträge.</translation>
    </message>
    <message>
        <location filename="../ui/mapping/lookup_editor.cpp" line="187"/>
        <source>Entries: %1, page %2 of %3</source>
        <translation>Einträge: %1, Seite %2 von %3</translation>
    </message>
    <message>
        <location filename="../ui/mapping/lookup_editor.cpp" line="197"/>
        <source>Import CSV</source>
        <translation>CSV importieren</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mapping/lookup_editor.cpp" line="198"/>
        <source>%n entr(ies) read. Where should they go?</source>
        <translation>
            <numerusform>%n Eintrag gelesen. Wohin soll er?</numerusform>
            <numerusform>%n Einträge gelesen. Wohin sollen sie?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mapping/lookup_editor.cpp" line="200"/>
        <source>The store table &apos;%1&apos; holds large tables; writing it cannot be undone. Inline entries are part of the mapping document and can be undone.</source>
        <translation>Die Datenbanktabelle „%1“ nimmt große Tabellen auf; das Schreiben dorthin lässt sich nicht rückgängig machen. Eingebettete Einträge gehören zum Zuordnungsdokument und lassen sich rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../ui/mapping/lookup_editor.cpp" line="203"/>
        <source>Into the &amp;store table</source>
        <translation>In die &amp;Datenbanktabelle</translation>
    </message>
    <message>
        <location filename="../ui/mapping/lookup_editor.cpp" line="204"/>
        <source>Into the &amp;inline entries</source>
        <translation>In die &amp;eingebetteten Einträge</translation>
    </message>
    <message>
        <location filename="../ui/mapping/lookup_editor.cpp" line="220"/>
        <source>This lookup has no store table to import into.</source>
        <translation>Diese Nachschlagetabelle hat keine Datenbanktabelle für den Import.</translation>
    </message>
</context>
<context>
    <name>m3cart::ui::M3Form</name>
    <message>
        <location filename="../ui/connections/m3_form.cpp" line="34"/>
        <source>Infor CloudSuite (ION API gateway, .ionapi file)</source>
        <translation>Infor CloudSuite (ION-API-Gateway, .ionapi-Datei)</translation>
    </message>
    <message>
        <location filename="../ui/connections/m3_form.cpp" line="35"/>
        <source>On premise (direct URL, user and password)</source>
        <translation>Lokal installiert (direkte URL, Benutzer und Passwort)</translation>
    </message>
    <message>
        <location filename="../ui/connections/m3_form.cpp" line="36"/>
        <source>Connect through:</source>
        <translation>Verbinden über:</translation>
    </message>
    <message>
        <location filename="../ui/connections/m3_form.cpp" line="41"/>
        <source>Import .ionapi file…</source>
        <translation>.ionapi-Datei importieren …</translation>
    </message>
    <message>
        <location filename="../ui/connections/m3_form.cpp" line="45"/>
        <source>Credentials file:</source>
        <translation>Zugangsdatei:</translation>
    </message>
    <message>
        <location filename="../ui/connections/m3_form.cpp" line="50"/>
        <source>Tenant and endpoints:</source>
        <translation>Mandant und Endpunkte:</translation>
    </message>
    <message>
        <location filename="../ui/connections/m3_form.cpp" line="51"/>
        <source>Client secret:</source>
        <translation>Client-Geheimnis:</translation>
    </message>
    <message>
        <location filename="../ui/connections/m3_form.cpp" line="52"/>
        <source>Service account key:</source>
        <translation>Dienstkonto-Schlüssel:</translation>
    </message>
    <message>
        <location filename="../ui/connections/m3_form.cpp" line="53"/>
        <source>Service account secret:</source>
        <translation>Dienstkonto-Geheimnis:</translation>
    </message>
    <message>
        <location filename="../ui/connections/m3_form.cpp" line="58"/>
        <source>M3 URL:</source>
        <translation>M3-URL:</translation>
    </message>
    <message>
        <location filename="../ui/connections/m3_form.cpp" line="61"/>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <location filename="../ui/connections/m3_form.cpp" line="62"/>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <location filename="../ui/connections/m3_form.cpp" line="66"/>
        <location filename="../ui/connections/m3_form.cpp" line="69"/>
        <source>the user&apos;s default</source>
        <translation>Standard des Benutzers</translation>
    </message>
    <message>
        <location filename="../ui/connections/m3_form.cpp" line="67"/>
        <source>Company:</source>
        <translation>Firma:</translation>
    </message>
    <message>
        <location filename="../ui/connections/m3_form.cpp" line="70"/>
        <source>Division:</source>
        <translation>Division:</translation>
    </message>
    <message>
        <location filename="../ui/connections/m3_form.cpp" line="72"/>
        <source>Facility:</source>
        <translation>Werk:</translation>
    </message>
    <message>
        <location filename="../ui/connections/m3_form.cpp" line="74"/>
        <source>Warehouse:</source>
        <translation>Lager:</translation>
    </message>
    <message>
        <location filename="../ui/connections/m3_form.cpp" line="76"/>
        <source>Order type:</source>
        <translation>Auftragsart:</translation>
    </message>
    <message>
        <location filename="../ui/connections/m3_form.cpp" line="78"/>
        <source>New web customers are created in M3 as copies of this customer.</source>
        <translation>Neue Webkunden werden in M3 als Kopie dieses Kunden angelegt.</translation>
    </message>
    <message>
        <location filename="../ui/connections/m3_form.cpp" line="79"/>
        <source>Template customer:</source>
        <translation>Vorlagekunde:</translation>
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
        <translation>API-Version:</translation>
    </message>
    <message>
        <location filename="../ui/connections/m3_form.cpp" line="88"/>
        <source>Import ION API credentials</source>
        <translation>ION-API-Zugangsdaten importieren</translation>
    </message>
    <message>
        <location filename="../ui/connections/m3_form.cpp" line="89"/>
        <source>ION API files (*.ionapi);;All files (*)</source>
        <translation>ION-API-Dateien (*.ionapi);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/connections/m3_form.cpp" line="109"/>
        <source>No file imported yet. Download it in ION API &gt; Authorized Apps (a backend service app) with a service account.</source>
        <translation>Noch keine Datei importiert. Laden Sie sie unter ION API &gt; Authorized Apps (eine Backend-Service-App) mit Dienstkonto herunter.</translation>
    </message>
    <message>
        <location filename="../ui/connections/m3_form.cpp" line="113"/>
        <source>Tenant %1, app &quot;%2&quot;
Gateway: %3
Token: %4</source>
        <translation>Mandant %1, App „%2“
Gateway: %3
Token: %4</translation>
    </message>
    <message>
        <location filename="../ui/connections/m3_form.cpp" line="139"/>
        <source>Cannot use %1: %2</source>
        <translation>%1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/connections/m3_form.cpp" line="158"/>
        <source>Import the .ionapi file first (Import .ionapi file…).</source>
        <translation>Importieren Sie zuerst die .ionapi-Datei (.ionapi-Datei importieren …).</translation>
    </message>
    <message>
        <location filename="../ui/connections/m3_form.cpp" line="160"/>
        <source>The client secret is missing: import the .ionapi file again.</source>
        <translation>Das Client-Geheimnis fehlt: Importieren Sie die .ionapi-Datei erneut.</translation>
    </message>
    <message>
        <location filename="../ui/connections/m3_form.cpp" line="162"/>
        <source>The service account keys are missing: download the credentials with a service account and import them again.</source>
        <translation>Die Dienstkonto-Schlüssel fehlen: Laden Sie die Zugangsdaten mit Dienstkonto herunter und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <location filename="../ui/connections/m3_form.cpp" line="169"/>
        <source>M3 URL &apos;%1&apos; must be an http(s) address with host and port.</source>
        <translation>M3-URL „%1“ muss eine http(s)-Adresse mit Host und Port sein.</translation>
    </message>
    <message>
        <location filename="../ui/connections/m3_form.cpp" line="171"/>
        <source>The M3 user is missing.</source>
        <translation>Der M3-Benutzer fehlt.</translation>
    </message>
    <message>
        <location filename="../ui/connections/m3_form.cpp" line="173"/>
        <source>The password is missing.</source>
        <translation>Das Passwort fehlt.</translation>
    </message>
    <message>
        <location filename="../ui/connections/m3_form.cpp" line="176"/>
        <source>The template customer number cannot contain spaces.</source>
        <translation>Die Nummer des Vorlagekunden darf keine Leerzeichen enthalten.</translation>
    </message>
</context>
<context>
    <name>m3cart::ui::MainWindow</name>
    <message>
        <location filename="../ui/main_window.cpp" line="48"/>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="49"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="50"/>
        <source>Every webhook, BOD and poll result as it arrives: status, attempts, the last error and the payload. Filter by status, kind, key or payload text.</source>
        <translation>Jeder Webhook, jedes BOD und jedes Abfrageergebnis beim Eintreffen: Status, Versuche, der letzte Fehler und die Nutzdaten. Filtern nach Status, Art, Schlüssel oder Text.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="53"/>
        <source>Dead letters</source>
        <translation>Unzustellbare</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="54"/>
        <source>Events that need an operator: inspect the error and every attempt, edit the payload and retry, or discard with a reason. Until this page lands, use &apos;m3cart dlq&apos;.</source>
        <translation>Ereignisse, die einen Bediener brauchen: Fehler und jeden Versuch prüfen, Nutzdaten bearbeiten und erneut senden oder mit Begründung verwerfen. Bis diese Seite fertig ist: &apos;m3cart dlq&apos;.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="58"/>
        <source>Mappings</source>
        <translation>Zuordnungen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="59"/>
        <source>How 3dcart fields become M3 transaction fields and back, with live preview and validation against M3 metadata.</source>
        <translation>Wie 3dcart-Felder zu M3-Transaktionsfeldern werden und zurück, mit Live-Vorschau und Prüfung gegen M3-Metadaten.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="62"/>
        <source>Syncs</source>
        <translation>Abgleiche</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="63"/>
        <source>Run stock, item, order and status syncs on demand, with progress, cancel and a history of runs.</source>
        <translation>Bestands-, Artikel-, Auftrags- und Statusabgleiche bei Bedarf starten, mit Fortschritt, Abbruch und Verlauf.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="66"/>
        <source>Connections</source>
        <translation>Verbindungen</translation>
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
        <translation>Empfänger</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="67"/>
        <source>Audit</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="68"/>
        <source>Who did what and why: retries, discards, edits and settings changes.</source>
        <translation>Wer hat was warum getan: Wiederholungen, Verwerfungen, Änderungen und Einstellungen.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="70"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="95"/>
        <source>m3cart — 3dcart ↔ Infor M3</source>
        <translation>m3cart — 3dcart ↔ Infor M3</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="154"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="155"/>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="215"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="216"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="220"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="223"/>
        <source>&amp;Engine</source>
        <translation>&amp;Verarbeitung</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="224"/>
        <location filename="../ui/main_window.cpp" line="315"/>
        <source>&amp;Pause engine</source>
        <translation>Verarbeitung &amp;anhalten</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="233"/>
        <source>paused by %1 in the console</source>
        <translation>von %1 in der Konsole angehalten</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="233"/>
        <source>the operator</source>
        <translation>dem Bediener</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="236"/>
        <source>Explore with the &amp;sandbox</source>
        <translation>Mit der &amp;Sandbox erkunden</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="240"/>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="246"/>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="266"/>
        <source>Store: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="278"/>
        <source>not configured</source>
        <translation>nicht eingerichtet</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="282"/>
        <source>checking</source>
        <translation>wird geprüft</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="286"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="290"/>
        <source>failing</source>
        <translation>gestört</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="303"/>
        <source>Engine: stopped</source>
        <translation>Verarbeitung: gestoppt</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="305"/>
        <source>Engine: paused (%1)</source>
        <translation>Verarbeitung: angehalten (%1)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="307"/>
        <source>Engine: running</source>
        <translation>Verarbeitung: läuft</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="309"/>
        <source> · backlog %1</source>
        <translation> · Rückstand %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="315"/>
        <source>&amp;Resume engine</source>
        <translation>Verarbeitung &amp;fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="329"/>
        <source>m3cart — SANDBOX (simulated 3dcart and M3)</source>
        <translation>m3cart — SANDBOX (simuliertes 3dcart und M3)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="338"/>
        <source>SANDBOX</source>
        <translation>SANDBOX</translation>
    </message>
</context>
<context>
    <name>m3cart::ui::MappingCanvas</name>
    <message>
        <location filename="../ui/mapping/mapping_canvas.cpp" line="61"/>
        <source>Find a field…</source>
        <translation>Feld suchen…</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_canvas.cpp" line="64"/>
        <source>&amp;Hide unmapped</source>
        <translation>Nicht zugeordnete ausb&amp;lenden</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_canvas.cpp" line="66"/>
        <source>Su&amp;ggest</source>
        <translation>Vors&amp;chlagen</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_canvas.cpp" line="68"/>
        <source>Run the mapping assistant on the sample: proposals appear as dashed lines</source>
        <translation>Den Zuordnungsassistenten auf das Beispiel anwenden: Vorschläge erscheinen als gestrichelte Linien</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_canvas.cpp" line="69"/>
        <source>Accept all ≥</source>
        <translation>Alle annehmen ≥</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_canvas.cpp" line="76"/>
        <source>Accept every proposal with at least this confidence</source>
        <translation>Jeden Vorschlag mit mindestens dieser Sicherheit annehmen</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_canvas.cpp" line="79"/>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_canvas.cpp" line="80"/>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_canvas.cpp" line="81"/>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_canvas.cpp" line="82"/>
        <source>Width</source>
        <translation>Breite</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_canvas.cpp" line="83"/>
        <source>Fit the width (Ctrl+9)</source>
        <translation>An die Breite anpassen (Strg+9)</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_canvas.cpp" line="87"/>
        <source>Zoom in (Ctrl++, Ctrl+wheel)</source>
        <translation>Vergrößern (Strg++, Strg+Mausrad)</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_canvas.cpp" line="88"/>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Verkleinern (Strg+-)</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_canvas.cpp" line="89"/>
        <source>Fit the section in the view (Ctrl+0)</source>
        <translation>Den Abschnitt in die Ansicht einpassen (Strg+0)</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_canvas.cpp" line="90"/>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_canvas.cpp" line="329"/>
        <source>Connect %1 → %2</source>
        <translation>%1 → %2 verbinden</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_canvas.cpp" line="345"/>
        <source>Connected %1 → %2.</source>
        <translation>%1 → %2 verbunden.</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_canvas.cpp" line="356"/>
        <source>Choose a source field and a target field first (click them, or find them and press Enter).</source>
        <translation>Wählen Sie zuerst ein Quellfeld und ein Zielfeld (anklicken oder suchen und Enter drücken).</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_canvas.cpp" line="371"/>
        <source>Delete rule %1</source>
        <translation>Regel %1 löschen</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_canvas.cpp" line="375"/>
        <source>Deleted the rule for %1 (Ctrl+Z brings it back).</source>
        <translation>Regel für %1 gelöscht (Strg+Z stellt sie wieder her).</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_canvas.cpp" line="400"/>
        <source>Accepted the proposal for %1.</source>
        <translation>Vorschlag für %1 angenommen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mapping/mapping_canvas.cpp" line="417"/>
        <source>Accepted %n proposal(s) of at least %1%.</source>
        <translation>
            <numerusform>%n Vorschlag mit mindestens %1% angenommen.</numerusform>
            <numerusform>%n Vorschläge mit mindestens %1% angenommen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_canvas.cpp" line="428"/>
        <source>No proposals for the unmapped fields of this section.</source>
        <translation>Keine Vorschläge für die nicht zugeordneten Felder dieses Abschnitts.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mapping/mapping_canvas.cpp" line="429"/>
        <source>%n proposal(s), dashed: A accepts the selected one, R rejects it.</source>
        <translation>
            <numerusform>%n Vorschlag, gestrichelt: A nimmt den gewählten an, R lehnt ihn ab.</numerusform>
            <numerusform>%n Vorschläge, gestrichelt: A nimmt den gewählten an, R lehnt ihn ab.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_canvas.cpp" line="498"/>
        <source>Accept proposal	A</source>
        <translation>Vorschlag annehmen	A</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_canvas.cpp" line="499"/>
        <source>Reject proposal	R</source>
        <translation>Vorschlag ablehnen	R</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_canvas.cpp" line="502"/>
        <source>Edit function chain…	Enter</source>
        <translation>Funktionskette bearbeiten…	Enter</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_canvas.cpp" line="503"/>
        <source>Delete rule	Del</source>
        <translation>Regel löschen	Del</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_canvas.cpp" line="506"/>
        <source>Connect %1 → %2	Ctrl+L</source>
        <translation>%1 → %2 verbinden	Strg+L</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_canvas_scene.cpp" line="181"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_canvas_scene.cpp" line="189"/>
        <source>↻ one per %1</source>
        <translation>↻ eine je %1</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_canvas_scene.cpp" line="189"/>
        <source>only when %1</source>
        <translation>nur wenn %1</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_canvas_scene.cpp" line="190"/>
        <source>Elements where %1</source>
        <translation>Elemente, für die gilt: %1</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_canvas_scene.cpp" line="210"/>
        <source> (mandatory)</source>
        <translation> (Pflicht)</translation>
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
Enter: Funktionskette · Delete: entfernen</translation>
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
        <translation>Vorgeschlagen: %1 ← %2 (%3%)
%4
A: annehmen · R: ablehnen</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_canvas_scene.cpp" line="330"/>
        <source>No field matches &apos;%1&apos;.</source>
        <translation>Kein Feld passt zu „%1“.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mapping/mapping_canvas_scene.cpp" line="331"/>
        <source>%n field(s) match: Enter chooses the highlighted one for Ctrl+L, Enter again goes to the next.</source>
        <translation>
            <numerusform>%n Feld passt: Enter wählt das hervorgehobene für Strg+L, erneut Enter geht zum nächsten.</numerusform>
            <numerusform>%n Felder passen: Enter wählt das hervorgehobene für Strg+L, erneut Enter geht zum nächsten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>m3cart::ui::MappingDraft</name>
    <message>
        <location filename="../ui/mapping/mapping_draft.cpp" line="40"/>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_draft.cpp" line="214"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_draft.cpp" line="218"/>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 ist kein gültiges JSON: %2</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_draft.cpp" line="258"/>
        <source>No sample</source>
        <translation>Kein Beispiel</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_draft.cpp" line="270"/>
        <source>No such rule</source>
        <translation>Diese Regel gibt es nicht</translation>
    </message>
</context>
<context>
    <name>m3cart::ui::MappingEditor</name>
    <message>
        <location filename="../ui/mapping/mapping_editor.cpp" line="65"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_editor.cpp" line="67"/>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_editor.cpp" line="72"/>
        <source>Shipped &amp;example</source>
        <translation>&amp;Mitgeliefertes Beispiel</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_editor.cpp" line="76"/>
        <source>&amp;Open file…</source>
        <translation>&amp;Datei öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_editor.cpp" line="78"/>
        <source>From an e&amp;vent…</source>
        <translation>Aus einem &amp;Ereignis…</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_editor.cpp" line="80"/>
        <source>Use a stored event&apos;s payload (a webhook, a dead letter) as the sample.</source>
        <translation>Die Nutzdaten eines gespeicherten Ereignisses (ein Webhook, ein unzustellbares Ereignis) als Beispiel verwenden.</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_editor.cpp" line="83"/>
        <source>&amp;Sample</source>
        <translation>&amp;Beispiel</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_editor.cpp" line="143"/>
        <source>&amp;Rules</source>
        <translation>&amp;Regeln</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_editor.cpp" line="144"/>
        <source>&amp;Canvas</source>
        <translation>&amp;Arbeitsfläche</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_editor.cpp" line="147"/>
        <source>Value &amp;maps</source>
        <translation>&amp;Wertezuordnungen</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_editor.cpp" line="148"/>
        <source>&amp;Lookups</source>
        <translation>Nachschlage&amp;tabellen</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_editor.cpp" line="193"/>
        <source>Validation: no issues.</source>
        <translation>Prüfung: keine Probleme.</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_editor.cpp" line="194"/>
        <source>Validation: %1 error(s), %2 warning(s). Click one to show its rule.</source>
        <translation>Prüfung: %1 Fehler, %2 Warnung(en). Anklicken zeigt die Regel.</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_editor.cpp" line="243"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_editor.cpp" line="244"/>
        <source>%1 (%2) — edited</source>
        <translation>%1 (%2) — bearbeitet</translation>
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
↻ eine je %1</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_editor.cpp" line="313"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_editor.cpp" line="313"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_editor.cpp" line="313"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_editor.cpp" line="316"/>
        <source>No sample: open a JSON payload to preview the output.</source>
        <translation>Kein Beispiel: JSON-Nutzdaten öffnen, um die Ausgabe in der Vorschau zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_editor.cpp" line="322"/>
        <source>No preview: the mapping has errors (see below).</source>
        <translation>Keine Vorschau: die Zuordnung hat Fehler (siehe unten).</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_editor.cpp" line="323"/>
        <source>No preview: %1</source>
        <translation>Keine Vorschau: %1</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_editor.cpp" line="331"/>
        <source>Section %1 skipped for this sample (&apos;when&apos; is false).</source>
        <translation>Abschnitt %1 für dieses Beispiel übersprungen (&apos;when&apos; ist falsch).</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mapping/mapping_editor.cpp" line="334"/>
        <source>%n record(s) for %1</source>
        <translation>
            <numerusform>%n Datensatz für %1</numerusform>
            <numerusform>%n Datensätze für %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_editor.cpp" line="336"/>
        <source>Record %1</source>
        <translation>Datensatz %1</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_editor.cpp" line="359"/>
        <source>Open sample payload</source>
        <translation>Beispiel-Nutzdaten öffnen</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_editor.cpp" line="359"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mapping_editor.cpp" line="363"/>
        <source>Sample</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <location filename="../ui/mapping/preview_marks.cpp" line="120"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
</context>
<context>
    <name>m3cart::ui::MappingsPage</name>
    <message>
        <location filename="../ui/mapping/mappings_page.cpp" line="62"/>
        <source>Save as new version…</source>
        <translation>Als neue Version speichern…</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappings_page.cpp" line="65"/>
        <source>Activate</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappings_page.cpp" line="67"/>
        <source>Make the saved version the one the flows use (it must validate).</source>
        <translation>Die gespeicherte Version für die Abläufe verwenden (sie muss die Prüfung bestehen).</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappings_page.cpp" line="70"/>
        <location filename="../ui/mapping/mappings_page.cpp" line="438"/>
        <source>%1 version %2 is active.</source>
        <translation>%1 Version %2 ist aktiv.</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappings_page.cpp" line="77"/>
        <source>&amp;Versions…</source>
        <translation>V&amp;ersionen…</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappings_page.cpp" line="79"/>
        <source>The saved versions: what changed between two, roll back to one, open one.</source>
        <translation>Die gespeicherten Versionen: was sich zwischen zweien geändert hat, zu einer zurückkehren, eine öffnen.</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappings_page.cpp" line="81"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappings_page.cpp" line="83"/>
        <source>Save a mapping file as a new version.</source>
        <translation>Eine Zuordnungsdatei als neue Version speichern.</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappings_page.cpp" line="85"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappings_page.cpp" line="87"/>
        <source>Write the mapping as edited (unsaved edits included) to a file.</source>
        <translation>Die Zuordnung im bearbeiteten Stand (einschließlich ungespeicherter Änderungen) in eine Datei schreiben.</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappings_page.cpp" line="89"/>
        <source>Re&amp;play…</source>
        <translation>Erneut d&amp;urchspielen…</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappings_page.cpp" line="91"/>
        <source>Run past events through the edited draft and see what would change.</source>
        <translation>Vergangene Ereignisse durch den bearbeiteten Entwurf laufen lassen und sehen, was sich ändern würde.</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappings_page.cpp" line="113"/>
        <source>Mappings</source>
        <translation>Zuordnungen</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappings_page.cpp" line="115"/>
        <source>How 3dcart fields become M3 transaction fields and back: one line per target field, a live preview of a sample, validation against the M3 metadata as you type. Double-click an expression to edit it.</source>
        <translation>Wie 3dcart-Felder zu M3-Transaktionsfeldern werden und zurück: eine Zeile je Zielfeld, eine Live-Vorschau eines Beispiels, Prüfung gegen die M3-Metadaten während der Eingabe. Doppelklick auf einen Ausdruck bearbeitet ihn.</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappings_page.cpp" line="123"/>
        <source>Save version</source>
        <translation>Version speichern</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappings_page.cpp" line="123"/>
        <source>What changed, and why?</source>
        <translation>Was wurde geändert, und warum?</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappings_page.cpp" line="128"/>
        <source>Import mapping</source>
        <translation>Zuordnung importieren</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappings_page.cpp" line="129"/>
        <location filename="../ui/mapping/mappings_page.cpp" line="131"/>
        <source>Mapping files (*.json)</source>
        <translation>Zuordnungsdateien (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappings_page.cpp" line="130"/>
        <source>Export mapping</source>
        <translation>Zuordnung exportieren</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappings_page.cpp" line="134"/>
        <source>Unsaved edits</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappings_page.cpp" line="135"/>
        <source>%1 has unsaved edits. Save them as a new version first?</source>
        <translation>%1 hat ungespeicherte Änderungen. Zuerst als neue Version speichern?</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappings_page.cpp" line="149"/>
        <source>Sample from event</source>
        <translation>Beispiel aus Ereignis</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappings_page.cpp" line="150"/>
        <source>Event id (its payload becomes the sample):</source>
        <translation>Ereignis-ID (seine Nutzdaten werden zum Beispiel):</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappings_page.cpp" line="186"/>
        <source>%1
version %2, active</source>
        <translation>%1
Version %2, aktiv</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappings_page.cpp" line="187"/>
        <source>%1
version %2 (latest, not active)</source>
        <translation>%1
Version %2 (neueste, nicht aktiv)</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappings_page.cpp" line="200"/>
        <source>%1
shipped default</source>
        <translation>%1
mitgelieferte Vorgabe</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappings_page.cpp" line="204"/>
        <source>Shipped with m3cart, not saved in the store yet (%1).</source>
        <translation>Mit m3cart ausgeliefert, noch nicht im Speicher gesichert (%1).</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappings_page.cpp" line="47"/>
        <source>version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappings_page.cpp" line="47"/>
        <source>shipped default</source>
        <translation>mitgelieferte Vorgabe</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappings_page.cpp" line="314"/>
        <location filename="../ui/mapping/mappings_page.cpp" line="365"/>
        <source>No mapping is open.</source>
        <translation>Keine Zuordnung geöffnet.</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappings_page.cpp" line="324"/>
        <source>Saved %1 version %2.</source>
        <translation>%1 Version %2 gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappings_page.cpp" line="332"/>
        <source>Save the mapping as a version first.</source>
        <translation>Die Zuordnung zuerst als Version speichern.</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappings_page.cpp" line="372"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappings_page.cpp" line="383"/>
        <source>Imported %1 as %2 version %3; the edited draft stays open.</source>
        <translation>%1 als %2 Version %3 importiert; der bearbeitete Entwurf bleibt geöffnet.</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappings_page.cpp" line="390"/>
        <source>Imported %1 as %2 version %3.</source>
        <translation>%1 als %2 Version %3 importiert.</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappings_page.cpp" line="405"/>
        <source>imported from %1</source>
        <translation>importiert aus %1</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappings_page.cpp" line="407"/>
        <source>Import failed: %1</source>
        <translation>Import fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappings_page.cpp" line="418"/>
        <source>%1 written to %2.</source>
        <translation>%1 nach %2 geschrieben.</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappings_page.cpp" line="446"/>
        <source>%1 version %2 written to %3.</source>
        <translation>%1 Version %2 nach %3 geschrieben.</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappings_page.cpp" line="482"/>
        <source>No mapping reads the payload of %1 events: the M3 mappings read M3 while the flow runs, not the event.</source>
        <translation>Keine Zuordnung liest die Nutzdaten von %1-Ereignissen: Die M3-Zuordnungen lesen M3, während der Ablauf läuft, nicht das Ereignis.</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappings_page.cpp" line="494"/>
        <source>%1 stays open with its unsaved edits.</source>
        <translation>%1 bleibt mit seinen ungespeicherten Änderungen geöffnet.</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappings_page.cpp" line="495"/>
        <source>Mapping %1 is neither in the store nor shipped.</source>
        <translation>Zuordnung %1 ist weder in der Datenbank noch mitgeliefert.</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappings_page.cpp" line="511"/>
        <source>Event %1 cannot be this mapping&apos;s sample: %2.</source>
        <translation>Ereignis %1 kann nicht das Beispiel dieser Zuordnung sein: %2.</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappings_page.cpp" line="516"/>
        <source>Sample: event %1 (%2, payload revision %3).</source>
        <translation>Beispiel: Ereignis %1 (%2, Nutzdaten-Revision %3).</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappings_page.cpp" line="520"/>
        <source>Sample: event %1 (%2).</source>
        <translation>Beispiel: Ereignis %1 (%2).</translation>
    </message>
</context>
<context>
    <name>m3cart::ui::PayloadEditDialog</name>
    <message>
        <location filename="../ui/deadletters/dlq_dialogs.cpp" line="36"/>
        <source>Edit the payload of #%1 and retry</source>
        <translation>Nutzdaten von #%1 bearbeiten und wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dlq_dialogs.cpp" line="40"/>
        <source>The edited payload is kept as a new revision; the original stays as it arrived.</source>
        <translation>Die bearbeiteten Nutzdaten werden als neue Revision gespeichert; das Original bleibt, wie es ankam.</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dlq_dialogs.cpp" line="55"/>
        <source>Why the payload is changed (required, kept in the audit log)</source>
        <translation>Warum die Nutzdaten geändert werden (Pflicht, wird im Audit-Log festgehalten)</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dlq_dialogs.cpp" line="56"/>
        <source>Reason:</source>
        <translation>Grund:</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dlq_dialogs.cpp" line="59"/>
        <source>Dry run</source>
        <translation>Probelauf</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dlq_dialogs.cpp" line="61"/>
        <source>Save and retry</source>
        <translation>Speichern und wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dlq_dialogs.cpp" line="90"/>
        <source>Valid JSON.</source>
        <translation>Gültiges JSON.</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/dlq_dialogs.cpp" line="94"/>
        <source>Not valid JSON: %1 at line %2, column %3.</source>
        <translation>Kein gültiges JSON: %1 in Zeile %2, Spalte %3.</translation>
    </message>
</context>
<context>
    <name>m3cart::ui::PayloadView</name>
    <message>
        <location filename="../ui/widgets/payload_view.cpp" line="66"/>
        <source>Search the payload (Return: next, Shift+Return: previous)</source>
        <translation>Nutzdaten durchsuchen (Eingabe: nächster, Umschalt+Eingabe: vorheriger)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/payload_view.cpp" line="141"/>
        <source>%1, lines: %2</source>
        <translation>%1, Zeilen: %2</translation>
    </message>
    <message>
        <location filename="../ui/widgets/payload_view.cpp" line="143"/>
        <source>matches: %1</source>
        <translation>Treffer: %1</translation>
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
        <translation>Grund (Pflicht, wird im Audit-Log festgehalten)</translation>
    </message>
</context>
<context>
    <name>m3cart::ui::ReplayDialog</name>
    <message>
        <location filename="../ui/mapping/replay_dialog.cpp" line="36"/>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mapping/replay_dialog.cpp" line="39"/>
        <source>changed %n field(s)</source>
        <translation>
            <numerusform>%n Feld geändert</numerusform>
            <numerusform>%n Felder geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mapping/replay_dialog.cpp" line="40"/>
        <source>changed %n field(s), %1 record(s) added or removed</source>
        <translation>
            <numerusform>%n Feld geändert; Datensätze hinzugefügt oder entfernt: %1</numerusform>
            <numerusform>%n Felder geändert; Datensätze hinzugefügt oder entfernt: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mapping/replay_dialog.cpp" line="44"/>
        <source>newly failing: %1</source>
        <translation>neu fehlerhaft: %1</translation>
    </message>
    <message>
        <location filename="../ui/mapping/replay_dialog.cpp" line="46"/>
        <source>fixed (fails now: %1)</source>
        <translation>behoben (scheitert derzeit: %1)</translation>
    </message>
    <message>
        <location filename="../ui/mapping/replay_dialog.cpp" line="48"/>
        <source>fails with both: %1</source>
        <translation>scheitert mit beiden: %1</translation>
    </message>
    <message>
        <location filename="../ui/mapping/replay_dialog.cpp" line="52"/>
        <source>not applicable: %1</source>
        <translation>nicht anwendbar: %1</translation>
    </message>
    <message>
        <location filename="../ui/mapping/replay_dialog.cpp" line="75"/>
        <source>(not sent)</source>
        <translation>(nicht gesendet)</translation>
    </message>
    <message>
        <location filename="../ui/mapping/replay_dialog.cpp" line="99"/>
        <source>Replay events through the draft of %1</source>
        <translation>Ereignisse mit dem Entwurf von %1 erneut durchspielen</translation>
    </message>
    <message>
        <location filename="../ui/mapping/replay_dialog.cpp" line="104"/>
        <source>Past events run through the edited draft and the version the flows use now; nothing is sent. Filters as in the event monitor: text, =exact, a,b, prefix*, /regex/; times like -7d.</source>
        <translation>Vergangene Ereignisse laufen durch den bearbeiteten Entwurf und durch die Version, die die Abläufe jetzt verwenden; nichts wird gesendet. Filter wie auf der Seite Ereignisse: Text, =genau, a,b, Präfix*, /Regex/; Zeiten wie -7d.</translation>
    </message>
    <message>
        <location filename="../ui/mapping/replay_dialog.cpp" line="113"/>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <location filename="../ui/mapping/replay_dialog.cpp" line="114"/>
        <source>&amp;Time</source>
        <translation>&amp;Zeit</translation>
    </message>
    <message>
        <location filename="../ui/mapping/replay_dialog.cpp" line="115"/>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location filename="../ui/mapping/replay_dialog.cpp" line="116"/>
        <source>K&amp;ey</source>
        <translation>S&amp;chlüssel</translation>
    </message>
    <message>
        <location filename="../ui/mapping/replay_dialog.cpp" line="120"/>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <location filename="../ui/mapping/replay_dialog.cpp" line="132"/>
        <source>&amp;Limit</source>
        <translation>&amp;Limit</translation>
    </message>
    <message>
        <location filename="../ui/mapping/replay_dialog.cpp" line="136"/>
        <source>&amp;Run</source>
        <translation>Aus&amp;führen</translation>
    </message>
    <message>
        <location filename="../ui/mapping/replay_dialog.cpp" line="139"/>
        <source>&amp;Cancel</source>
        <translation>A&amp;bbrechen</translation>
    </message>
    <message>
        <location filename="../ui/mapping/replay_dialog.cpp" line="156"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location filename="../ui/mapping/replay_dialog.cpp" line="156"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/mapping/replay_dialog.cpp" line="156"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/mapping/replay_dialog.cpp" line="156"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/mapping/replay_dialog.cpp" line="163"/>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <location filename="../ui/mapping/replay_dialog.cpp" line="163"/>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location filename="../ui/mapping/replay_dialog.cpp" line="163"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../ui/mapping/replay_dialog.cpp" line="163"/>
        <source>Active version</source>
        <translation>Aktive Version</translation>
    </message>
    <message>
        <location filename="../ui/mapping/replay_dialog.cpp" line="163"/>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location filename="../ui/mapping/replay_dialog.cpp" line="198"/>
        <source>the replay stopped without a result</source>
        <translation>das Durchspielen endete ohne Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/mapping/replay_dialog.cpp" line="231"/>
        <source>Replaying…</source>
        <translation>Wird durchgespielt…</translation>
    </message>
    <message>
        <location filename="../ui/mapping/replay_dialog.cpp" line="271"/>
        <source>Replay failed: %1</source>
        <translation>Durchspielen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/mapping/replay_dialog.cpp" line="287"/>
        <source>%1 event(s) compared with %2%3: %4 changed, %5 newly failing, %6 fixed, %7 unchanged, %8 still failing, %9 not applicable.</source>
        <translation>%1 Ereignis(se) mit %2%3 verglichen: %4 geändert, %5 neu fehlerhaft, %6 behoben, %7 unverändert, %8 weiterhin fehlerhaft, %9 nicht anwendbar.</translation>
    </message>
    <message>
        <location filename="../ui/mapping/replay_dialog.cpp" line="292"/>
        <source>version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location filename="../ui/mapping/replay_dialog.cpp" line="293"/>
        <source>the shipped default</source>
        <translation>der mitgelieferten Vorgabe</translation>
    </message>
    <message>
        <location filename="../ui/mapping/replay_dialog.cpp" line="294"/>
        <source> (cancelled)</source>
        <translation> (abgebrochen)</translation>
    </message>
    <message>
        <location filename="../ui/mapping/replay_dialog.cpp" line="318"/>
        <source>Event %1 (%2): %3</source>
        <translation>Ereignis %1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../ui/mapping/replay_dialog.cpp" line="324"/>
        <source>(whole record)</source>
        <translation>(ganzer Datensatz)</translation>
    </message>
    <message>
        <location filename="../ui/mapping/replay_dialog.cpp" line="327"/>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <location filename="../ui/mapping/replay_dialog.cpp" line="327"/>
        <source>present</source>
        <translation>vorhanden</translation>
    </message>
    <message>
        <location filename="../ui/mapping/replay_dialog.cpp" line="328"/>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <location filename="../ui/mapping/replay_dialog.cpp" line="328"/>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <location filename="../ui/mapping/replay_dialog.cpp" line="331"/>
        <source>(error)</source>
        <translation>(Fehler)</translation>
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
        <translation>Vorübergehend (Netzwerk, 5xx, Zeitüberschreitung)</translation>
    </message>
    <message>
        <location filename="../ui/models/retry_policy_model.cpp" line="20"/>
        <source>Rate limited (429)</source>
        <translation>Ratenbegrenzt (429)</translation>
    </message>
    <message>
        <location filename="../ui/models/retry_policy_model.cpp" line="22"/>
        <source>Authentication (401/403)</source>
        <translation>Anmeldung (401/403)</translation>
    </message>
    <message>
        <location filename="../ui/models/retry_policy_model.cpp" line="24"/>
        <source>Data (rejected by the other system)</source>
        <translation>Daten (vom anderen System abgelehnt)</translation>
    </message>
    <message>
        <location filename="../ui/models/retry_policy_model.cpp" line="26"/>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <location filename="../ui/models/retry_policy_model.cpp" line="28"/>
        <source>Conflict (already exists)</source>
        <translation>Konflikt (existiert bereits)</translation>
    </message>
    <message>
        <location filename="../ui/models/retry_policy_model.cpp" line="65"/>
        <source>When attempts run out: dead-letter the event for an operator (checked) or keep retrying at the cap (unchecked).</source>
        <translation>Wenn die Versuche aufgebraucht sind: Ereignis als unzustellbar für einen Bediener ablegen (an) oder im Höchstabstand weiter versuchen (aus).</translation>
    </message>
    <message>
        <location filename="../ui/models/retry_policy_model.cpp" line="71"/>
        <source>An authentication failure pauses the connection instead of retrying; attempts are not counted.</source>
        <translation>Ein Anmeldefehler hält die Verbindung an, statt es erneut zu versuchen; Versuche werden nicht gezählt.</translation>
    </message>
    <message>
        <location filename="../ui/models/retry_policy_model.cpp" line="95"/>
        <source>Error class</source>
        <translation>Fehlerklasse</translation>
    </message>
    <message>
        <location filename="../ui/models/retry_policy_model.cpp" line="97"/>
        <source>Max attempts</source>
        <translation>Max. Versuche</translation>
    </message>
    <message>
        <location filename="../ui/models/retry_policy_model.cpp" line="99"/>
        <source>Base delay (s)</source>
        <translation>Grundverzögerung (s)</translation>
    </message>
    <message>
        <location filename="../ui/models/retry_policy_model.cpp" line="101"/>
        <source>Cap (s)</source>
        <translation>Höchstwert (s)</translation>
    </message>
    <message>
        <location filename="../ui/models/retry_policy_model.cpp" line="103"/>
        <source>Dead-letter</source>
        <translation>Unzustellbar</translation>
    </message>
    <message>
        <location filename="../ui/models/retry_policy_model.cpp" line="136"/>
        <source>%1: max attempts must be a whole number from 1 to 1000.</source>
        <translation>%1: Max. Versuche muss eine ganze Zahl von 1 bis 1000 sein.</translation>
    </message>
    <message>
        <location filename="../ui/models/retry_policy_model.cpp" line="149"/>
        <source>%1: delays must be from 0 to 86400 seconds.</source>
        <translation>%1: Verzögerungen müssen zwischen 0 und 86400 Sekunden liegen.</translation>
    </message>
    <message>
        <location filename="../ui/models/retry_policy_model.cpp" line="173"/>
        <source>%1: the cap (%2 s) is below the base delay (%3 s).</source>
        <translation>%1: Der Höchstwert (%2 s) liegt unter der Grundverzögerung (%3 s).</translation>
    </message>
    <message>
        <location filename="../ui/models/retry_policy_model.cpp" line="179"/>
        <source>%1: retries need a cap above 0 s, or every retry happens at once.</source>
        <translation>%1: Wiederholungen brauchen einen Höchstwert über 0 s, sonst erfolgt jeder Versuch sofort.</translation>
    </message>
</context>
<context>
    <name>m3cart::ui::RuleTableModel</name>
    <message>
        <location filename="../ui/mapping/rule_table_model.cpp" line="18"/>
        <source>A path ($.BillingEmail), an expression (trim($.Name)), or a constant as a literal: &apos;WEB&apos; or &quot;WEB&quot; for text, 10 for a number, true.</source>
        <translation>Ein Pfad ($.BillingEmail), ein Ausdruck (trim($.Name)) oder eine Konstante als Literal: &apos;WEB&apos; oder &quot;WEB&quot; für Text, 10 für eine Zahl, true.</translation>
    </message>
    <message>
        <location filename="../ui/mapping/rule_table_model.cpp" line="104"/>
        <source>Rule %1</source>
        <translation>Regel %1</translation>
    </message>
    <message>
        <location filename="../ui/mapping/rule_table_model.cpp" line="106"/>
        <source>Mandatory field</source>
        <translation>Pflichtfeld</translation>
    </message>
    <message>
        <location filename="../ui/mapping/rule_table_model.cpp" line="108"/>
        <source>Max. length %1</source>
        <translation>Max. Länge %1</translation>
    </message>
    <message>
        <location filename="../ui/mapping/rule_table_model.cpp" line="110"/>
        <source>Value map: %1</source>
        <translation>Wertezuordnung: %1</translation>
    </message>
    <message>
        <location filename="../ui/mapping/rule_table_model.cpp" line="112"/>
        <source>Lookup: %1</source>
        <translation>Nachschlagetabelle: %1</translation>
    </message>
    <message>
        <location filename="../ui/mapping/rule_table_model.cpp" line="120"/>
        <source>Written when the value is empty (a constant, typed for the field).</source>
        <translation>Wird geschrieben, wenn der Wert leer ist (eine Konstante im Typ des Felds).</translation>
    </message>
    <message>
        <location filename="../ui/mapping/rule_table_model.cpp" line="123"/>
        <source>Made by rule %1</source>
        <translation>Erzeugt von Regel %1</translation>
    </message>
    <message>
        <location filename="../ui/mapping/rule_table_model.cpp" line="125"/>
        <source>, field %1</source>
        <translation>, Feld %1</translation>
    </message>
    <message>
        <location filename="../ui/mapping/rule_table_model.cpp" line="180"/>
        <source>Target field</source>
        <translation>Zielfeld</translation>
    </message>
    <message>
        <location filename="../ui/mapping/rule_table_model.cpp" line="182"/>
        <source>Default</source>
        <translation>Vorgabe</translation>
    </message>
    <message>
        <location filename="../ui/mapping/rule_table_model.cpp" line="184"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../ui/mapping/rule_table_model.cpp" line="186"/>
        <source>Expression</source>
        <translation>Ausdruck</translation>
    </message>
    <message>
        <location filename="../ui/mapping/rule_table_model.cpp" line="188"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location filename="../ui/mapping/rule_table_model.cpp" line="190"/>
        <source>Note</source>
        <translation>Hinweis</translation>
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
        <translation>läuft</translation>
    </message>
    <message>
        <location filename="../ui/models/run_history_model.cpp" line="62"/>
        <source>dry run</source>
        <translation>Probelauf</translation>
    </message>
    <message>
        <location filename="../ui/models/run_history_model.cpp" line="80"/>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <location filename="../ui/models/run_history_model.cpp" line="82"/>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <location filename="../ui/models/run_history_model.cpp" line="84"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../ui/models/run_history_model.cpp" line="86"/>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <location filename="../ui/models/run_history_model.cpp" line="88"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/models/run_history_model.cpp" line="90"/>
        <source>Counts</source>
        <translation>Zahlen</translation>
    </message>
    <message>
        <location filename="../ui/models/run_history_model.cpp" line="92"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>m3cart::ui::SandboxPanel</name>
    <message>
        <location filename="../ui/dashboard/sandbox_panel.cpp" line="26"/>
        <source>&lt;b&gt;Nothing is configured yet.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Noch nichts eingerichtet.&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/sandbox_panel.cpp" line="28"/>
        <source>Explore m3cart with the sandbox: simulated 3dcart and M3 run inside the console, the engine syncs between them, and you can place sample orders. Nothing leaves this computer and your settings stay empty.</source>
        <translation>Erkunden Sie m3cart mit der Sandbox: Simuliertes 3dcart und M3 laufen in der Konsole, die Verarbeitung gleicht zwischen ihnen ab, und Sie können Beispielbestellungen aufgeben. Nichts verlässt diesen Computer, und Ihre Einstellungen bleiben leer.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/sandbox_panel.cpp" line="34"/>
        <location filename="../ui/dashboard/sandbox_panel.cpp" line="102"/>
        <source>Explore with the sandbox</source>
        <translation>Mit der Sandbox erkunden</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/sandbox_panel.cpp" line="36"/>
        <source>Set up connections</source>
        <translation>Verbindungen einrichten</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/sandbox_panel.cpp" line="55"/>
        <source>&lt;b&gt;SANDBOX&lt;/b&gt; — simulated 3dcart and M3; nothing leaves this computer.</source>
        <translation>&lt;b&gt;SANDBOX&lt;/b&gt; — simuliertes 3dcart und M3; nichts verlässt diesen Computer.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/sandbox_panel.cpp" line="58"/>
        <source>Place</source>
        <translation>Aufgeben:</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/sandbox_panel.cpp" line="64"/>
        <source>sample orders</source>
        <translation>Beispielbestellungen</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/sandbox_panel.cpp" line="65"/>
        <source>with faults (M3 outages, rejected lines)</source>
        <translation>mit Fehlern (M3-Ausfälle, abgelehnte Positionen)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/sandbox_panel.cpp" line="68"/>
        <source>Place orders</source>
        <translation>Bestellungen aufgeben</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/sandbox_panel.cpp" line="91"/>
        <source>Starting the sandbox…</source>
        <translation>Sandbox wird gestartet …</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/sandbox_panel.cpp" line="103"/>
        <source>The sandbox could not start: %1</source>
        <translation>Die Sandbox konnte nicht starten: %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/sandbox_panel.cpp" line="109"/>
        <source>Orders placed in the 3dcart simulator: %1. Its webhooks bring them to m3cart.</source>
        <translation>Im 3dcart-Simulator aufgegebene Bestellungen: %1. Seine Webhooks bringen sie zu m3cart.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/sandbox_panel.cpp" line="116"/>
        <source>Placing orders…</source>
        <translation>Bestellungen werden aufgegeben …</translation>
    </message>
</context>
<context>
    <name>m3cart::ui::SecretField</name>
    <message>
        <location filename="../ui/widgets/secret_field.cpp" line="28"/>
        <source>Generate</source>
        <translation>Erzeugen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/secret_field.cpp" line="30"/>
        <source>A new random secret (32 bytes). Webhooks registered with the old one stop working until you register them again.</source>
        <translation>Ein neues zufälliges Geheimnis (32 Byte). Mit dem alten registrierte Webhooks funktionieren erst wieder, wenn Sie sie neu registrieren.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/secret_field.cpp" line="82"/>
        <source>New value: kept in memory for this session only when saved</source>
        <translation>Neuer Wert: wird beim Speichern nur für diese Sitzung im Arbeitsspeicher gehalten</translation>
    </message>
    <message>
        <location filename="../ui/widgets/secret_field.cpp" line="83"/>
        <source>New value: goes to the keychain when saved</source>
        <translation>Neuer Wert: kommt beim Speichern in den Schlüsselbund</translation>
    </message>
    <message>
        <location filename="../ui/widgets/secret_field.cpp" line="85"/>
        <source>Stored for this session only (memory)</source>
        <translation>Nur für diese Sitzung gespeichert (Arbeitsspeicher)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/secret_field.cpp" line="85"/>
        <source>Stored in keychain</source>
        <translation>Im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/widgets/secret_field.cpp" line="87"/>
        <source>Not set</source>
        <translation>Nicht gesetzt</translation>
    </message>
    <message>
        <location filename="../ui/widgets/secret_field.cpp" line="89"/>
        <source>Type to replace the stored value</source>
        <translation>Eingeben, um den gespeicherten Wert zu ersetzen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/secret_field.cpp" line="89"/>
        <source>Type the value</source>
        <translation>Wert eingeben</translation>
    </message>
</context>
<context>
    <name>m3cart::ui::SettingsPage</name>
    <message>
        <location filename="../ui/settings/settings_page.cpp" line="59"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_page.cpp" line="61"/>
        <source>Retry policy per error class</source>
        <translation>Wiederholungsregeln je Fehlerklasse</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_page.cpp" line="75"/>
        <source>Delays grow from the base delay, doubling per attempt up to the cap, with random jitter. Authentication failures pause the connection instead.</source>
        <translation>Die Verzögerung beginnt bei der Grundverzögerung und verdoppelt sich je Versuch bis zum Höchstwert, mit zufälliger Streuung. Anmeldefehler halten stattdessen die Verbindung an.</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_page.cpp" line="83"/>
        <source>Engine</source>
        <translation>Verarbeitung</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_page.cpp" line="86"/>
        <source>Events at once:</source>
        <translation>Ereignisse gleichzeitig:</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_page.cpp" line="87"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_page.cpp" line="88"/>
        <source>Look for due events every:</source>
        <translation>Nach fälligen Ereignissen suchen alle:</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_page.cpp" line="89"/>
        <source>Requests per second to 3dcart and M3 are set per connection.</source>
        <translation>Anfragen pro Sekunde an 3dcart und M3 werden je Verbindung eingestellt.</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_page.cpp" line="94"/>
        <source>Alerts</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_page.cpp" line="97"/>
        <location filename="../ui/settings/settings_page.cpp" line="100"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_page.cpp" line="98"/>
        <source>Dead letters reach:</source>
        <translation>Unzustellbare erreichen:</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_page.cpp" line="99"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_page.cpp" line="101"/>
        <source>Backlog stalled for:</source>
        <translation>Rückstand steht still seit:</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_page.cpp" line="102"/>
        <source>A connection that fails authentication always alerts.</source>
        <translation>Eine Verbindung mit Anmeldefehler warnt immer.</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_page.cpp" line="108"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_page.cpp" line="112"/>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_page.cpp" line="118"/>
        <source>Language (applies at the next start):</source>
        <translation>Sprache (gilt ab dem nächsten Start):</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_page.cpp" line="124"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_page.cpp" line="126"/>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_page.cpp" line="182"/>
        <source>Some stored settings could not be read; defaults are shown: %1</source>
        <translation>Einige gespeicherte Einstellungen konnten nicht gelesen werden; Standardwerte werden angezeigt: %1</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_page.cpp" line="205"/>
        <source>Not saved:
• %1</source>
        <translation>Nicht gespeichert:
• %1</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_page.cpp" line="225"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_page.cpp" line="232"/>
        <source>Saved. The retry policy applies now; engine concurrency at the next start.</source>
        <translation>Gespeichert. Die Wiederholungsregeln gelten sofort, die Parallelität ab dem nächsten Start.</translation>
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
        <translation>Beispiel: %1</translation>
    </message>
    <message>
        <location filename="../ui/mapping/canvas_layout.cpp" line="94"/>
        <source>repeated above as @</source>
        <translation>oben als @ wiederholt</translation>
    </message>
</context>
<context>
    <name>m3cart::ui::StatTile</name>
    <message>
        <location filename="../ui/widgets/stat_tile.cpp" line="16"/>
        <source>Open the page behind this number</source>
        <translation>Die Seite hinter dieser Zahl öffnen</translation>
    </message>
</context>
<context>
    <name>m3cart::ui::StoreTableModel</name>
    <message>
        <location filename="../ui/mapping/store_table_model.cpp" line="77"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/mapping/store_table_model.cpp" line="77"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>m3cart::ui::StructureEditor</name>
    <message>
        <location filename="../ui/mapping/structure_editor.cpp" line="72"/>
        <location filename="../ui/mapping/structure_editor.cpp" line="329"/>
        <source>Add section</source>
        <translation>Abschnitt hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/mapping/structure_editor.cpp" line="73"/>
        <source>&amp;M3 transaction</source>
        <translation>&amp;M3-Transaktion</translation>
    </message>
    <message>
        <location filename="../ui/mapping/structure_editor.cpp" line="74"/>
        <source>&amp;3dcart object</source>
        <translation>&amp;3dcart-Objekt</translation>
    </message>
    <message>
        <location filename="../ui/mapping/structure_editor.cpp" line="81"/>
        <source>e.g. $.OrderItemList: one record per element (@)</source>
        <translation>z. B. $.OrderItemList: ein Datensatz je Element (@)</translation>
    </message>
    <message>
        <location filename="../ui/mapping/structure_editor.cpp" line="83"/>
        <source>e.g. $.CustomerID &gt; 0: skip the section when false</source>
        <translation>z. B. $.CustomerID &gt; 0: Abschnitt überspringen, wenn falsch</translation>
    </message>
    <message>
        <location filename="../ui/mapping/structure_editor.cpp" line="110"/>
        <source>Target:</source>
        <translation>Ziel:</translation>
    </message>
    <message>
        <location filename="../ui/mapping/structure_editor.cpp" line="112"/>
        <source>&amp;Id:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <location filename="../ui/mapping/structure_editor.cpp" line="113"/>
        <source>&amp;Repeat for each:</source>
        <translation>&amp;Wiederholen für jedes:</translation>
    </message>
    <message>
        <location filename="../ui/mapping/structure_editor.cpp" line="114"/>
        <source>Only &amp;when:</source>
        <translation>Nur w&amp;enn:</translation>
    </message>
    <message>
        <location filename="../ui/mapping/structure_editor.cpp" line="155"/>
        <source>Add rule…</source>
        <translation>Regel hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/mapping/structure_editor.cpp" line="157"/>
        <source>Add a rule for a target field of this section that has none (mandatory fields first)</source>
        <translation>Eine Regel für ein Zielfeld dieses Abschnitts hinzufügen, das noch keine hat (Pflichtfelder zuerst)</translation>
    </message>
    <message>
        <location filename="../ui/mapping/structure_editor.cpp" line="158"/>
        <source>Remove rule</source>
        <translation>Regel entfernen</translation>
    </message>
    <message>
        <location filename="../ui/mapping/structure_editor.cpp" line="168"/>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/mapping/structure_editor.cpp" line="169"/>
        <source>Add a section: an M3 transaction or a 3dcart object</source>
        <translation>Einen Abschnitt hinzufügen: eine M3-Transaktion oder ein 3dcart-Objekt</translation>
    </message>
    <message>
        <location filename="../ui/mapping/structure_editor.cpp" line="170"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/mapping/structure_editor.cpp" line="171"/>
        <source>Remove the chosen section and its rules</source>
        <translation>Den gewählten Abschnitt mit seinen Regeln entfernen</translation>
    </message>
    <message>
        <location filename="../ui/mapping/structure_editor.cpp" line="179"/>
        <source>Remove section</source>
        <translation>Abschnitt entfernen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mapping/structure_editor.cpp" line="180"/>
        <source>Remove section %1 and its %n rule(s)?</source>
        <translation>
            <numerusform>Abschnitt %1 und seine %n Regel entfernen?</numerusform>
            <numerusform>Abschnitt %1 und seine %n Regeln entfernen?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mapping/structure_editor.cpp" line="233"/>
        <source>%1 already has a rule (%2).</source>
        <translation>%1 hat bereits eine Regel (%2).</translation>
    </message>
    <message>
        <location filename="../ui/mapping/structure_editor.cpp" line="246"/>
        <source>Add rule %1</source>
        <translation>Regel %1 hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/mapping/structure_editor.cpp" line="260"/>
        <source>Remove rule %1</source>
        <translation>Regel %1 entfernen</translation>
    </message>
    <message>
        <location filename="../ui/mapping/structure_editor.cpp" line="271"/>
        <source>A section needs an id.</source>
        <translation>Ein Abschnitt braucht eine ID.</translation>
    </message>
    <message>
        <location filename="../ui/mapping/structure_editor.cpp" line="276"/>
        <source>There is already a section %1.</source>
        <translation>Es gibt bereits einen Abschnitt %1.</translation>
    </message>
    <message>
        <location filename="../ui/mapping/structure_editor.cpp" line="280"/>
        <source>%1 is not in the metadata.</source>
        <translation>%1 ist nicht in den Metadaten.</translation>
    </message>
    <message>
        <location filename="../ui/mapping/structure_editor.cpp" line="283"/>
        <source>Add section %1</source>
        <translation>Abschnitt %1 hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/mapping/structure_editor.cpp" line="296"/>
        <source>A mapping needs at least one section.</source>
        <translation>Eine Zuordnung braucht mindestens einen Abschnitt.</translation>
    </message>
    <message>
        <location filename="../ui/mapping/structure_editor.cpp" line="300"/>
        <source>Remove section %1</source>
        <translation>Abschnitt %1 entfernen</translation>
    </message>
    <message>
        <location filename="../ui/mapping/structure_editor.cpp" line="309"/>
        <location filename="../ui/mapping/structure_editor.cpp" line="318"/>
        <source>Add rule</source>
        <translation>Regel hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/mapping/structure_editor.cpp" line="310"/>
        <source>Every target field of this section has a rule.</source>
        <translation>Jedes Zielfeld dieses Abschnitts hat eine Regel.</translation>
    </message>
    <message>
        <location filename="../ui/mapping/structure_editor.cpp" line="315"/>
        <source>%1 * (mandatory) — %2</source>
        <translation>%1 * (Pflicht) — %2</translation>
    </message>
    <message>
        <location filename="../ui/mapping/structure_editor.cpp" line="315"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/mapping/structure_editor.cpp" line="318"/>
        <source>Target field:</source>
        <translation>Zielfeld:</translation>
    </message>
</context>
<context>
    <name>m3cart::ui::SuggestionModel</name>
    <message>
        <location filename="../ui/mapping/suggestion_model.cpp" line="50"/>
        <source>Choose a section first.</source>
        <translation>Wählen Sie zuerst einen Abschnitt.</translation>
    </message>
    <message>
        <location filename="../ui/mapping/suggestion_model.cpp" line="52"/>
        <source>Open a sample first: the assistant reads the sample&apos;s fields and values.</source>
        <translation>Öffnen Sie zuerst ein Beispiel: Der Assistent liest dessen Felder und Werte.</translation>
    </message>
    <message>
        <location filename="../ui/mapping/suggestion_model.cpp" line="103"/>
        <source>Suggested (%1%): %2</source>
        <translation>Vorgeschlagen (%1%): %2</translation>
    </message>
    <message>
        <location filename="../ui/mapping/suggestion_model.cpp" line="112"/>
        <source>Accept %1 ← %2</source>
        <translation>%1 ← %2 annehmen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mapping/suggestion_model.cpp" line="133"/>
        <source>Accept %n suggestion(s)</source>
        <translation>
            <numerusform>%n Vorschlag annehmen</numerusform>
            <numerusform>%n Vorschläge annehmen</numerusform>
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
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../ui/mapping/suggestion_model.cpp" line="182"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../ui/mapping/suggestion_model.cpp" line="184"/>
        <source>Proposed expression</source>
        <translation>Vorgeschlagener Ausdruck</translation>
    </message>
    <message>
        <location filename="../ui/mapping/suggestion_model.cpp" line="186"/>
        <source>Confidence</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location filename="../ui/mapping/suggestion_model.cpp" line="188"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>m3cart::ui::SyncJob</name>
    <message>
        <location filename="../ui/syncs/sync_job.cpp" line="17"/>
        <source>Orders changed since</source>
        <translation>Seit einem Zeitpunkt geänderte Aufträge</translation>
    </message>
    <message>
        <location filename="../ui/syncs/sync_job.cpp" line="47"/>
        <source>Items changed since</source>
        <translation>Artikel geändert seit</translation>
    </message>
    <message>
        <location filename="../ui/syncs/sync_job.cpp" line="49"/>
        <source>Invoices and payments</source>
        <translation>Rechnungen und Zahlungen</translation>
    </message>
    <message>
        <location filename="../ui/syncs/sync_job.cpp" line="46"/>
        <source>Stock levels from M3</source>
        <translation>Bestände aus M3</translation>
    </message>
    <message>
        <location filename="../ui/syncs/sync_job.cpp" line="48"/>
        <source>Order status to 3dcart</source>
        <translation>Auftragsstatus an 3dcart</translation>
    </message>
</context>
<context>
    <name>m3cart::ui::SyncsPage</name>
    <message>
        <location filename="../ui/syncs/syncs_page.cpp" line="37"/>
        <source>Syncs</source>
        <translation>Abgleiche</translation>
    </message>
    <message>
        <location filename="../ui/syncs/syncs_page.cpp" line="40"/>
        <source>Sync</source>
        <translation>Abgleich</translation>
    </message>
    <message>
        <location filename="../ui/syncs/syncs_page.cpp" line="57"/>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <location filename="../ui/syncs/syncs_page.cpp" line="64"/>
        <source>Changed since:</source>
        <translation>Geändert seit:</translation>
    </message>
    <message>
        <location filename="../ui/syncs/syncs_page.cpp" line="67"/>
        <source>Dry run: show what would be sent, send nothing</source>
        <translation>Probelauf: zeigen, was gesendet würde, nichts senden</translation>
    </message>
    <message>
        <location filename="../ui/syncs/syncs_page.cpp" line="72"/>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location filename="../ui/syncs/syncs_page.cpp" line="74"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/syncs/syncs_page.cpp" line="100"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/syncs/syncs_page.cpp" line="100"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/syncs/syncs_page.cpp" line="100"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location filename="../ui/syncs/syncs_page.cpp" line="100"/>
        <source>Order or SKU</source>
        <translation>Auftrag oder SKU</translation>
    </message>
    <message>
        <location filename="../ui/syncs/syncs_page.cpp" line="100"/>
        <source>In M3</source>
        <translation>In M3</translation>
    </message>
    <message>
        <location filename="../ui/syncs/syncs_page.cpp" line="100"/>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location filename="../ui/syncs/syncs_page.cpp" line="101"/>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <location filename="../ui/syncs/syncs_page.cpp" line="106"/>
        <source>A dry run lists here every call it would send.</source>
        <translation>Ein Probelauf listet hier jeden Aufruf auf, den er senden würde.</translation>
    </message>
    <message>
        <location filename="../ui/syncs/syncs_page.cpp" line="107"/>
        <source>Calls (dry run)</source>
        <translation>Aufrufe (Probelauf)</translation>
    </message>
    <message>
        <location filename="../ui/syncs/syncs_page.cpp" line="174"/>
        <source>Reading the connections…</source>
        <translation>Verbindungen werden gelesen…</translation>
    </message>
    <message>
        <location filename="../ui/syncs/syncs_page.cpp" line="181"/>
        <source>Cannot start: %1</source>
        <translation>Start nicht möglich: %1</translation>
    </message>
    <message>
        <location filename="../ui/syncs/syncs_page.cpp" line="185"/>
        <source>Dry run under way…</source>
        <translation>Probelauf läuft…</translation>
    </message>
    <message>
        <location filename="../ui/syncs/syncs_page.cpp" line="185"/>
        <source>Sync under way…</source>
        <translation>Abgleich läuft…</translation>
    </message>
    <message>
        <location filename="../ui/syncs/syncs_page.cpp" line="205"/>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/syncs/syncs_page.cpp" line="209"/>
        <source>Cancelled. </source>
        <translation>Abgebrochen. </translation>
    </message>
    <message>
        <location filename="../ui/syncs/syncs_page.cpp" line="209"/>
        <source>Finished. </source>
        <translation>Fertig. </translation>
    </message>
    <message>
        <location filename="../ui/syncs/syncs_page.cpp" line="222"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>m3cart::ui::TableDefEditor</name>
    <message>
        <location filename="../ui/mapping/table_def_editor.cpp" line="58"/>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <location filename="../ui/mapping/table_def_editor.cpp" line="59"/>
        <source>Ren&amp;ame…</source>
        <translation>U&amp;mbenennen…</translation>
    </message>
    <message>
        <location filename="../ui/mapping/table_def_editor.cpp" line="60"/>
        <location filename="../ui/mapping/table_def_editor.cpp" line="420"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/mapping/table_def_editor.cpp" line="65"/>
        <source>Value ma&amp;p:</source>
        <translation>Werte&amp;zuordnung:</translation>
    </message>
    <message>
        <location filename="../ui/mapping/table_def_editor.cpp" line="65"/>
        <source>Loo&amp;kup:</source>
        <translation>Nach&amp;schlagetabelle:</translation>
    </message>
    <message>
        <location filename="../ui/mapping/table_def_editor.cpp" line="81"/>
        <source>Error: the record fails, naming the value</source>
        <translation>Fehler: Der Datensatz scheitert mit Nennung des Werts</translation>
    </message>
    <message>
        <location filename="../ui/mapping/table_def_editor.cpp" line="82"/>
        <source>Default: use the default value</source>
        <translation>Vorgabe: den Vorgabewert verwenden</translation>
    </message>
    <message>
        <location filename="../ui/mapping/table_def_editor.cpp" line="83"/>
        <source>Pass through: keep the value as it is</source>
        <translation>Durchreichen: den Wert unverändert lassen</translation>
    </message>
    <message>
        <location filename="../ui/mapping/table_def_editor.cpp" line="84"/>
        <source>Empty: leave the field out</source>
        <translation>Leer: das Feld weglassen</translation>
    </message>
    <message>
        <location filename="../ui/mapping/table_def_editor.cpp" line="89"/>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <location filename="../ui/mapping/table_def_editor.cpp" line="92"/>
        <source>&amp;Description:</source>
        <translation>Besc&amp;hreibung:</translation>
    </message>
    <message>
        <location filename="../ui/mapping/table_def_editor.cpp" line="93"/>
        <source>&amp;When a value is missing:</source>
        <translation>&amp;Falls ein Wert fehlt:</translation>
    </message>
    <message>
        <location filename="../ui/mapping/table_def_editor.cpp" line="94"/>
        <source>Defa&amp;ult value:</source>
        <translation>V&amp;orgabewert:</translation>
    </message>
    <message>
        <location filename="../ui/mapping/table_def_editor.cpp" line="107"/>
        <source>Add entry</source>
        <translation>Eintrag hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/mapping/table_def_editor.cpp" line="110"/>
        <source>Remove entry</source>
        <translation>Eintrag entfernen</translation>
    </message>
    <message>
        <location filename="../ui/mapping/table_def_editor.cpp" line="130"/>
        <source>Add (Ins)</source>
        <translation>Hinzufügen (Ins)</translation>
    </message>
    <message>
        <location filename="../ui/mapping/table_def_editor.cpp" line="131"/>
        <source>Remove (Del)</source>
        <translation>Entfernen (Del)</translation>
    </message>
    <message>
        <location filename="../ui/mapping/table_def_editor.cpp" line="132"/>
        <source>&amp;Import CSV…</source>
        <translation>CSV im&amp;portieren…</translation>
    </message>
    <message>
        <location filename="../ui/mapping/table_def_editor.cpp" line="142"/>
        <source>Entries (value → result)</source>
        <translation>Einträge (Wert → Ergebnis)</translation>
    </message>
    <message>
        <location filename="../ui/mapping/table_def_editor.cpp" line="142"/>
        <source>Inline entries (read first)</source>
        <translation>Eingebettete Einträge (werden zuerst gelesen)</translation>
    </message>
    <message>
        <location filename="../ui/mapping/table_def_editor.cpp" line="154"/>
        <source>Used by (click: show the rule)</source>
        <translation>Verwendet von (Klick: Regel anzeigen)</translation>
    </message>
    <message>
        <location filename="../ui/mapping/table_def_editor.cpp" line="256"/>
        <source>%1 — %2 (section %3)</source>
        <translation>%1 — %2 (Abschnitt %3)</translation>
    </message>
    <message>
        <location filename="../ui/mapping/table_def_editor.cpp" line="271"/>
        <location filename="../ui/mapping/table_def_editor.cpp" line="284"/>
        <source>A name is needed.</source>
        <translation>Ein Name ist nötig.</translation>
    </message>
    <message>
        <location filename="../ui/mapping/table_def_editor.cpp" line="271"/>
        <location filename="../ui/mapping/table_def_editor.cpp" line="284"/>
        <source>&apos;%1&apos; already exists.</source>
        <translation>„%1“ existiert bereits.</translation>
    </message>
    <message>
        <location filename="../ui/mapping/table_def_editor.cpp" line="274"/>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/mapping/table_def_editor.cpp" line="287"/>
        <source>Rename %1 to %2</source>
        <translation>%1 in %2 umbenennen</translation>
    </message>
    <message>
        <location filename="../ui/mapping/table_def_editor.cpp" line="296"/>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <location filename="../ui/mapping/table_def_editor.cpp" line="303"/>
        <source>Describe %1</source>
        <translation>%1 beschreiben</translation>
    </message>
    <message>
        <location filename="../ui/mapping/table_def_editor.cpp" line="311"/>
        <source>%1: when missing %2</source>
        <translation>%1: wenn fehlend %2</translation>
    </message>
    <message>
        <location filename="../ui/mapping/table_def_editor.cpp" line="324"/>
        <source>Default of %1</source>
        <translation>Vorgabewert von %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mapping/table_def_editor.cpp" line="340"/>
        <source>Nothing was imported: %n line(s) of %1 are not &apos;key,value&apos;:
%2</source>
        <translation>
            <numerusform>Nichts importiert: %n Zeile von %1 ist nicht „Schlüssel,Wert“:
%2</numerusform>
            <numerusform>Nichts importiert: %n Zeilen von %1 sind nicht „Schlüssel,Wert“:
%2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mapping/table_def_editor.cpp" line="347"/>
        <source>Choose a table to import into first.</source>
        <translation>Wählen Sie zuerst eine Tabelle für den Import.</translation>
    </message>
    <message>
        <location filename="../ui/mapping/table_def_editor.cpp" line="359"/>
        <source>A value map has no store table.</source>
        <translation>Eine Wertezuordnung hat keine Datenbanktabelle.</translation>
    </message>
    <message>
        <location filename="../ui/mapping/table_def_editor.cpp" line="365"/>
        <source>Import key,value CSV</source>
        <translation>CSV mit Schlüssel,Wert importieren</translation>
    </message>
    <message>
        <location filename="../ui/mapping/table_def_editor.cpp" line="365"/>
        <source>CSV or TSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>CSV- oder TSV-Dateien (*.csv *.tsv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/mapping/table_def_editor.cpp" line="371"/>
        <location filename="../ui/mapping/table_def_editor.cpp" line="376"/>
        <source>Import CSV</source>
        <translation>CSV importieren</translation>
    </message>
    <message>
        <location filename="../ui/mapping/table_def_editor.cpp" line="372"/>
        <source>Nothing was imported: these lines are not &apos;key,value&apos;:
%1</source>
        <translation>Nichts importiert: Diese Zeilen sind nicht „Schlüssel,Wert“:
%1</translation>
    </message>
    <message>
        <location filename="../ui/mapping/table_def_editor.cpp" line="387"/>
        <source>Imported %1: %2 added, %3 replaced.</source>
        <translation>%1 importiert: %2 hinzugefügt, %3 ersetzt.</translation>
    </message>
    <message>
        <location filename="../ui/mapping/table_def_editor.cpp" line="397"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location filename="../ui/mapping/table_def_editor.cpp" line="397"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../ui/mapping/table_def_editor.cpp" line="408"/>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mapping/table_def_editor.cpp" line="408"/>
        <source>New name for %1 (%n rule(s) using it follow):</source>
        <translation>
            <numerusform>Neuer Name für %1 (%n Regel, die ihn verwendet, wird angepasst):</numerusform>
            <numerusform>Neuer Name für %1 (%n Regeln, die ihn verwenden, werden angepasst):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mapping/table_def_editor.cpp" line="421"/>
        <source>%n rule(s) use %1 and will show an error. Remove it?</source>
        <translation>
            <numerusform>%n Regel verwendet %1 und zeigt dann einen Fehler. Trotzdem entfernen?</numerusform>
            <numerusform>%n Regeln verwenden %1 und zeigen dann einen Fehler. Trotzdem entfernen?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>m3cart::ui::ValueMapEditor</name>
    <message>
        <location filename="../ui/mapping/value_map_editor.cpp" line="16"/>
        <source>Ignore &amp;case</source>
        <translation>Groß-/&amp;Kleinschreibung ignorieren</translation>
    </message>
    <message>
        <location filename="../ui/mapping/value_map_editor.cpp" line="17"/>
        <source>Compare keys ignoring case: &quot;paypal&quot; finds &quot;PayPal&quot;</source>
        <translation>Schlüssel ohne Beachtung der Groß-/Kleinschreibung vergleichen: „paypal“ findet „PayPal“</translation>
    </message>
    <message>
        <location filename="../ui/mapping/value_map_editor.cpp" line="27"/>
        <source>%1 ignores case</source>
        <translation>%1 ignoriert Groß-/Kleinschreibung</translation>
    </message>
    <message>
        <location filename="../ui/mapping/value_map_editor.cpp" line="27"/>
        <source>%1 compares case</source>
        <translation>%1 beachtet Groß-/Kleinschreibung</translation>
    </message>
</context>
<context>
    <name>m3cart::ui::VariantTableModel</name>
    <message>
        <location filename="../ui/mapping/variant_table_model.cpp" line="78"/>
        <source>Add %1 variant to %2</source>
        <translation>Variante %1 zu %2 hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/mapping/variant_table_model.cpp" line="95"/>
        <source>Remove a variant of %1</source>
        <translation>Eine Variante von %1 entfernen</translation>
    </message>
    <message>
        <location filename="../ui/mapping/variant_table_model.cpp" line="144"/>
        <source>exact: the key as it is; upper: in capitals; stripSuffix: without a variant suffix (CORSET-XS → CORSET); pattern: a regex gives the key to try</source>
        <translation>exact: der Schlüssel unverändert; upper: in Großbuchstaben; stripSuffix: ohne Variantensuffix (CORSET-XS → CORSET); pattern: ein regulärer Ausdruck liefert den zu versuchenden Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/mapping/variant_table_model.cpp" line="147"/>
        <source>stripSuffix: cut at the last separator</source>
        <translation>stripSuffix: am letzten Trennzeichen abschneiden</translation>
    </message>
    <message>
        <location filename="../ui/mapping/variant_table_model.cpp" line="149"/>
        <source>stripSuffix: or cut one of these endings (comma separated)</source>
        <translation>stripSuffix: oder eine dieser Endungen abschneiden (durch Komma getrennt)</translation>
    </message>
    <message>
        <location filename="../ui/mapping/variant_table_model.cpp" line="151"/>
        <source>pattern: a regular expression matched against the key</source>
        <translation>pattern: ein regulärer Ausdruck, der auf den Schlüssel angewendet wird</translation>
    </message>
    <message>
        <location filename="../ui/mapping/variant_table_model.cpp" line="153"/>
        <source>pattern: the key to try (\1 is the first group)</source>
        <translation>pattern: der zu versuchende Schlüssel (\1 ist die erste Gruppe)</translation>
    </message>
    <message>
        <location filename="../ui/mapping/variant_table_model.cpp" line="155"/>
        <source>pattern: the replacement is the answer itself, no table read</source>
        <translation>pattern: Die Ersetzung ist selbst das Ergebnis, keine Tabelle wird gelesen</translation>
    </message>
    <message>
        <location filename="../ui/mapping/variant_table_model.cpp" line="169"/>
        <source>&apos;%1&apos; is not a variant kind: %2.</source>
        <translation>„%1“ ist keine Variantenart: %2.</translation>
    </message>
    <message>
        <location filename="../ui/mapping/variant_table_model.cpp" line="201"/>
        <source>A pattern variant needs a regular expression.</source>
        <translation>Eine pattern-Variante braucht einen regulären Ausdruck.</translation>
    </message>
    <message>
        <location filename="../ui/mapping/variant_table_model.cpp" line="202"/>
        <source>A stripSuffix variant needs a separator or suffixes.</source>
        <translation>Eine stripSuffix-Variante braucht ein Trennzeichen oder Suffixe.</translation>
    </message>
    <message>
        <location filename="../ui/mapping/variant_table_model.cpp" line="205"/>
        <source>Edit a variant of %1</source>
        <translation>Eine Variante von %1 bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/mapping/variant_table_model.cpp" line="226"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/mapping/variant_table_model.cpp" line="228"/>
        <source>Separator</source>
        <translation>Trennzeichen</translation>
    </message>
    <message>
        <location filename="../ui/mapping/variant_table_model.cpp" line="230"/>
        <source>Suffixes</source>
        <translation>Suffixe</translation>
    </message>
    <message>
        <location filename="../ui/mapping/variant_table_model.cpp" line="232"/>
        <source>Pattern</source>
        <translation>Muster</translation>
    </message>
    <message>
        <location filename="../ui/mapping/variant_table_model.cpp" line="234"/>
        <source>Replacement</source>
        <translation>Ersetzung</translation>
    </message>
    <message>
        <location filename="../ui/mapping/variant_table_model.cpp" line="236"/>
        <source>As value</source>
        <translation>Als Wert</translation>
    </message>
</context>
<context>
    <name>m3cart::ui::VersionsDialog</name>
    <message>
        <location filename="../ui/mapping/versions_dialog.cpp" line="50"/>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <location filename="../ui/mapping/versions_dialog.cpp" line="52"/>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <location filename="../ui/mapping/versions_dialog.cpp" line="56"/>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <location filename="../ui/mapping/versions_dialog.cpp" line="63"/>
        <source>mapping</source>
        <translation>Zuordnung</translation>
    </message>
    <message>
        <location filename="../ui/mapping/versions_dialog.cpp" line="65"/>
        <source>section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <location filename="../ui/mapping/versions_dialog.cpp" line="67"/>
        <source>rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../ui/mapping/versions_dialog.cpp" line="69"/>
        <source>value map</source>
        <translation>Wertezuordnung</translation>
    </message>
    <message>
        <location filename="../ui/mapping/versions_dialog.cpp" line="71"/>
        <source>lookup</source>
        <translation>Nachschlagetabelle</translation>
    </message>
    <message>
        <location filename="../ui/mapping/versions_dialog.cpp" line="73"/>
        <source>parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location filename="../ui/mapping/versions_dialog.cpp" line="77"/>
        <source>context value</source>
        <translation>Kontextwert</translation>
    </message>
    <message>
        <location filename="../ui/mapping/versions_dialog.cpp" line="99"/>
        <source>No differences.</source>
        <translation>Keine Unterschiede.</translation>
    </message>
    <message>
        <location filename="../ui/mapping/versions_dialog.cpp" line="104"/>
        <source>Rules: %1 added, %2 removed, %3 changed · %4 change(s) in all.</source>
        <translation>Regeln: %1 hinzugefügt, %2 entfernt, %3 geändert · insgesamt %4 Änderung(en).</translation>
    </message>
    <message>
        <location filename="../ui/mapping/versions_dialog.cpp" line="112"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location filename="../ui/mapping/versions_dialog.cpp" line="112"/>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <location filename="../ui/mapping/versions_dialog.cpp" line="112"/>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location filename="../ui/mapping/versions_dialog.cpp" line="113"/>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <location filename="../ui/mapping/versions_dialog.cpp" line="127"/>
        <source>Versions of %1</source>
        <translation>Versionen von %1</translation>
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
        <translation>Autor</translation>
    </message>
    <message>
        <location filename="../ui/mapping/versions_dialog.cpp" line="132"/>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/mapping/versions_dialog.cpp" line="132"/>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location filename="../ui/mapping/versions_dialog.cpp" line="152"/>
        <source>Select a version to see what it changed, or two (Ctrl+click, Shift+↓) to compare them.</source>
        <translation>Wählen Sie eine Version, um ihre Änderungen zu sehen, oder zwei (Strg+Klick, Umschalt+↓), um sie zu vergleichen.</translation>
    </message>
    <message>
        <location filename="../ui/mapping/versions_dialog.cpp" line="175"/>
        <source>&amp;Open in editor</source>
        <translation>Im &amp;Editor öffnen</translation>
    </message>
    <message>
        <location filename="../ui/mapping/versions_dialog.cpp" line="177"/>
        <source>&amp;Activate (roll back)</source>
        <translation>&amp;Aktivieren (zurückkehren)</translation>
    </message>
    <message>
        <location filename="../ui/mapping/versions_dialog.cpp" line="179"/>
        <source>Make the selected version the one the flows use; it must validate.</source>
        <translation>Die gewählte Version für die Abläufe verwenden; sie muss die Prüfung bestehen.</translation>
    </message>
    <message>
        <location filename="../ui/mapping/versions_dialog.cpp" line="180"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../ui/mapping/versions_dialog.cpp" line="227"/>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location filename="../ui/mapping/versions_dialog.cpp" line="244"/>
        <source>No saved version yet: the editor shows the shipped default. Save it as a version first.</source>
        <translation>Noch keine gespeicherte Version: Der Editor zeigt die mitgelieferte Vorgabe. Speichern Sie sie zuerst als Version.</translation>
    </message>
    <message>
        <location filename="../ui/mapping/versions_dialog.cpp" line="303"/>
        <source>Select one or two versions.</source>
        <translation>Wählen Sie eine oder zwei Versionen.</translation>
    </message>
    <message>
        <location filename="../ui/mapping/versions_dialog.cpp" line="329"/>
        <source>version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location filename="../ui/mapping/versions_dialog.cpp" line="332"/>
        <source>the shipped default</source>
        <translation>der mitgelieferten Vorgabe</translation>
    </message>
    <message>
        <location filename="../ui/mapping/versions_dialog.cpp" line="335"/>
        <source>Version %1 is the first: nothing to compare it with.</source>
        <translation>Version %1 ist die erste: Es gibt nichts zum Vergleichen.</translation>
    </message>
    <message>
        <location filename="../ui/mapping/versions_dialog.cpp" line="345"/>
        <source>From %1 to version %2:</source>
        <translation>Von %1 zu Version %2:</translation>
    </message>
    <message>
        <location filename="../ui/mapping/versions_dialog.cpp" line="353"/>
        <source>Select the one version to activate.</source>
        <translation>Wählen Sie genau eine Version zum Aktivieren.</translation>
    </message>
    <message>
        <location filename="../ui/mapping/versions_dialog.cpp" line="358"/>
        <source>Version %1 is active: the flows use it from their next event.</source>
        <translation>Version %1 ist aktiv: Die Abläufe verwenden sie ab ihrem nächsten Ereignis.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/console/main.cpp" line="26"/>
        <source>m3cart console: 3dcart ↔ Infor M3</source>
        <translation>m3cart-Konsole: 3dcart ↔ Infor M3</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="29"/>
        <source>Store file.</source>
        <translation>Datenbankdatei.</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="32"/>
        <source>Run against the local simulators.</source>
        <translation>Gegen die lokalen Simulatoren laufen.</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="33"/>
        <source>en, de or sv.</source>
        <translation>en, de oder sv.</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="36"/>
        <source>Render one page to a PNG and exit.</source>
        <translation>Eine Seite als PNG speichern und beenden.</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="38"/>
        <source>Page to show.</source>
        <translation>Anzuzeigende Seite.</translation>
    </message>
</context>
</TS>
