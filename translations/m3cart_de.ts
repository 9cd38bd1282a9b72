<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>m3cart::ui::DashboardPage</name>
    <message>
        <location filename="../ui/dashboard_page.cpp" line="22"/>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_page.cpp" line="23"/>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_page.cpp" line="24"/>
        <source>Retrying</source>
        <translation>Erneuter Versuch</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_page.cpp" line="25"/>
        <source>Held</source>
        <translation>Zurückgehalten</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_page.cpp" line="26"/>
        <source>Dead letters</source>
        <translation>Unzustellbare</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_page.cpp" line="27"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_page.cpp" line="36"/>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_page.cpp" line="76"/>
        <source>Cannot read the store: %1</source>
        <translation>Die Datenbank kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_page.cpp" line="88"/>
        <source>Backlog: %1</source>
        <translation>Rückstand: %1</translation>
    </message>
</context>
<context>
    <name>m3cart::ui::MainWindow</name>
    <message>
        <location filename="../ui/main_window.cpp" line="32"/>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="33"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="34"/>
        <source>Every webhook, BOD and poll result as it arrives: status, attempts, the last error and the payload. Filter by status, kind, key or payload text.</source>
        <translation>Jeder Webhook, jedes BOD und jedes Abfrageergebnis beim Eintreffen: Status, Versuche, der letzte Fehler und die Nutzdaten. Filtern nach Status, Art, Schlüssel oder Text.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="36"/>
        <source>Dead letters</source>
        <translation>Unzustellbare</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="37"/>
        <source>Events that need an operator: inspect the error and every attempt, edit the payload and retry, or discard with a reason. Until this page lands, use &apos;m3cart dlq&apos;.</source>
        <translation>Ereignisse, die einen Bediener brauchen: Fehler und jeden Versuch prüfen, Nutzdaten bearbeiten und erneut senden oder mit Begründung verwerfen. Bis diese Seite fertig ist: &apos;m3cart dlq&apos;.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="40"/>
        <source>Mappings</source>
        <translation>Zuordnungen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="41"/>
        <source>How 3dcart fields become M3 transaction fields and back, with live preview and validation against M3 metadata.</source>
        <translation>Wie 3dcart-Felder zu M3-Transaktionsfeldern werden und zurück, mit Live-Vorschau und Prüfung gegen M3-Metadaten.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="43"/>
        <source>Syncs</source>
        <translation>Abgleiche</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="44"/>
        <source>Run stock, item, order and status syncs on demand, with progress, cancel and a history of runs.</source>
        <translation>Bestands-, Artikel-, Auftrags- und Statusabgleiche bei Bedarf starten, mit Fortschritt, Abbruch und Verlauf.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="46"/>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="47"/>
        <source>3dcart store credentials, the M3 ION API file and the webhook listener. Secrets are kept in the OS keychain only.</source>
        <translation>3dcart-Zugangsdaten, die M3-ION-API-Datei und der Webhook-Empfänger. Geheimnisse liegen nur im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="49"/>
        <source>Audit</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="50"/>
        <source>Who did what and why: retries, discards, edits and settings changes.</source>
        <translation>Wer hat was warum getan: Wiederholungen, Verwerfungen, Änderungen und Einstellungen.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="51"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="52"/>
        <source>Retry policy per error class, warehouses, schedules and language.</source>
        <translation>Wiederholungsregeln je Fehlerklasse, Lager, Zeitpläne und Sprache.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="67"/>
        <source>m3cart — 3dcart ↔ Infor M3</source>
        <translation>m3cart — 3dcart ↔ Infor M3</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="94"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="95"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="98"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="100"/>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="106"/>
        <source>Store: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="128"/>
        <source>m3cart — SANDBOX (simulated 3dcart and M3)</source>
        <translation>m3cart — SANDBOX (simuliertes 3dcart und M3)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="136"/>
        <source>SANDBOX</source>
        <translation>SANDBOX</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/console/main.cpp" line="28"/>
        <source>m3cart console: 3dcart ↔ Infor M3</source>
        <translation>m3cart-Konsole: 3dcart ↔ Infor M3</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="31"/>
        <source>Store file.</source>
        <translation>Datenbankdatei.</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="34"/>
        <source>Run against the local simulators.</source>
        <translation>Gegen die lokalen Simulatoren laufen.</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="35"/>
        <source>en, de or sv.</source>
        <translation>en, de oder sv.</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="38"/>
        <source>Render one page to a PNG and exit.</source>
        <translation>Eine Seite als PNG speichern und beenden.</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="40"/>
        <source>Page to show.</source>
        <translation>Anzuzeigende Seite.</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="97"/>
        <source>3dcart simulator: %1
M3 simulator: %2</source>
        <translation>3dcart-Simulator: %1
M3-Simulator: %2</translation>
    </message>
</context>
</TS>
