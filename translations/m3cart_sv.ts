<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv">
<context>
    <name>m3cart::ui::DashboardPage</name>
    <message>
        <location filename="../ui/dashboard_page.cpp" line="22"/>
        <source>Waiting</source>
        <translation>Väntar</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_page.cpp" line="23"/>
        <source>Running</source>
        <translation>Körs</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_page.cpp" line="24"/>
        <source>Retrying</source>
        <translation>Försöker igen</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_page.cpp" line="25"/>
        <source>Held</source>
        <translation>Väntar på annan</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_page.cpp" line="26"/>
        <source>Dead letters</source>
        <translation>Döda meddelanden</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_page.cpp" line="27"/>
        <source>Done</source>
        <translation>Klart</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_page.cpp" line="36"/>
        <source>Dashboard</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_page.cpp" line="76"/>
        <source>Cannot read the store: %1</source>
        <translation>Kan inte läsa databasen: %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_page.cpp" line="88"/>
        <source>Backlog: %1</source>
        <translation>Kö: %1</translation>
    </message>
</context>
<context>
    <name>m3cart::ui::MainWindow</name>
    <message>
        <location filename="../ui/main_window.cpp" line="32"/>
        <source>Dashboard</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="33"/>
        <source>Events</source>
        <translation>Händelser</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="34"/>
        <source>Every webhook, BOD and poll result as it arrives: status, attempts, the last error and the payload. Filter by status, kind, key or payload text.</source>
        <translation>Varje webhook, BOD och avfrågningsresultat när det kommer: status, försök, senaste fel och innehåll. Filtrera på status, typ, nyckel eller text.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="36"/>
        <source>Dead letters</source>
        <translation>Döda meddelanden</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="37"/>
        <source>Events that need an operator: inspect the error and every attempt, edit the payload and retry, or discard with a reason. Until this page lands, use &apos;m3cart dlq&apos;.</source>
        <translation>Händelser som behöver en operatör: granska felet och varje försök, redigera innehållet och försök igen, eller kasta med en motivering. Tills sidan finns: &apos;m3cart dlq&apos;.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="40"/>
        <source>Mappings</source>
        <translation>Mappningar</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="41"/>
        <source>How 3dcart fields become M3 transaction fields and back, with live preview and validation against M3 metadata.</source>
        <translation>Hur 3dcart-fält blir M3-transaktionsfält och tillbaka, med förhandsgranskning och validering mot M3-metadata.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="43"/>
        <source>Syncs</source>
        <translation>Synkningar</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="44"/>
        <source>Run stock, item, order and status syncs on demand, with progress, cancel and a history of runs.</source>
        <translation>Kör lager-, artikel-, order- och statussynkningar vid behov, med förlopp, avbryt och historik.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="46"/>
        <source>Connections</source>
        <translation>Anslutningar</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="47"/>
        <source>3dcart store credentials, the M3 ION API file and the webhook listener. Secrets are kept in the OS keychain only.</source>
        <translation>3dcart-inloggning, M3:s ION API-fil och webhook-mottagaren. Hemligheter sparas bara i operativsystemets nyckelring.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="49"/>
        <source>Audit</source>
        <translation>Logg</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="50"/>
        <source>Who did what and why: retries, discards, edits and settings changes.</source>
        <translation>Vem gjorde vad och varför: nya försök, kasseringar, ändringar och inställningar.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="51"/>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="52"/>
        <source>Retry policy per error class, warehouses, schedules and language.</source>
        <translation>Regler för nya försök per felklass, lager, scheman och språk.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="67"/>
        <source>m3cart — 3dcart ↔ Infor M3</source>
        <translation>m3cart — 3dcart ↔ Infor M3</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="94"/>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="95"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="98"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="100"/>
        <source>&amp;Go</source>
        <translation>&amp;Gå till</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="106"/>
        <source>Store: %1</source>
        <translation>Databas: %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="128"/>
        <source>m3cart — SANDBOX (simulated 3dcart and M3)</source>
        <translation>m3cart — SANDLÅDA (simulerade 3dcart och M3)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="136"/>
        <source>SANDBOX</source>
        <translation>SANDLÅDA</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/console/main.cpp" line="28"/>
        <source>m3cart console: 3dcart ↔ Infor M3</source>
        <translation>m3cart-konsol: 3dcart ↔ Infor M3</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="31"/>
        <source>Store file.</source>
        <translation>Databasfil.</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="34"/>
        <source>Run against the local simulators.</source>
        <translation>Kör mot de lokala simulatorerna.</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="35"/>
        <source>en, de or sv.</source>
        <translation>en, de eller sv.</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="38"/>
        <source>Render one page to a PNG and exit.</source>
        <translation>Spara en sida som PNG och avsluta.</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="40"/>
        <source>Page to show.</source>
        <translation>Sida att visa.</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="97"/>
        <source>3dcart simulator: %1
M3 simulator: %2</source>
        <translation>3dcart-simulator: %1
M3-simulator: %2</translation>
    </message>
</context>
</TS>
