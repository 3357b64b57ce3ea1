<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>lr</name>
    <message>
        <source>Sales rep</source>
        <translation>Handlowiec</translation>
    </message>
    <message>
        <source>Sales manager</source>
        <translation>Kierownik sprzedaży</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nowy</translation>
    </message>
    <message>
        <source>Attempting contact</source>
        <translation>Próba kontaktu</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Nawiązano kontakt</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Zakwalifikowany</translation>
    </message>
    <message>
        <source>Nurture</source>
        <translation>Pielęgnowanie</translation>
    </message>
    <message>
        <source>Disqualified</source>
        <translation>Zdyskwalifikowany</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Przekształcony</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Formularz WWW</translation>
    </message>
    <message>
        <source>CSV import</source>
        <translation>Import CSV</translation>
    </message>
    <message>
        <source>Manual entry</source>
        <translation>Wprowadzenie ręczne</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Czat</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Polecenie</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Wydarzenie</translation>
    </message>
    <message>
        <source>Paid ads</source>
        <translation>Płatne reklamy</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Połączenie</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Spotkanie</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
</context>
<context>
    <name>lr::CompanyRepository</name>
    <message>
        <source>A company with the domain %1 already exists.</source>
        <translation>Firma z domeną %1 już istnieje.</translation>
    </message>
</context>
<context>
    <name>lr::CsvLeadImporter</name>
    <message>
        <source>The file is empty: it has no header row.</source>
        <translation>Plik jest pusty: brak wiersza nagłówka.</translation>
    </message>
    <message>
        <source>No email column found.</source>
        <translation>Nie znaleziono kolumny z adresem e-mail.</translation>
    </message>
</context>
<context>
    <name>lr::CsvReader</name>
    <message>
        <source>A quoted field that starts on line %1 is never closed.</source>
        <translation>Pole w cudzysłowie rozpoczynające się w wierszu %1 nie zostało zamknięte.</translation>
    </message>
</context>
<context>
    <name>lr::Database</name>
    <message>
        <source>Cannot read the database file %1.</source>
        <translation>Nie można odczytać pliku bazy danych %1.</translation>
    </message>
    <message>
        <source>%1 is not a LeadRelay database (it is not an SQLite file). Nothing was changed.</source>
        <translation>%1 nie jest bazą danych LeadRelay (nie jest to plik SQLite). Niczego nie zmieniono.</translation>
    </message>
    <message>
        <source>The database %1 is read-only. LeadRelay needs to write to the file and its folder.</source>
        <translation>Baza danych %1 jest tylko do odczytu. LeadRelay musi mieć możliwość zapisu do pliku i jego folderu.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Nie można utworzyć folderu %1.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Nie można otworzyć bazy danych %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the database %1: %2</source>
        <translation>Nie można odczytać bazy danych %1: %2</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer LeadRelay (schema %2; this version knows up to %3). Update LeadRelay to open it. Nothing was changed.</source>
        <translation>Baza danych %1 została zapisana przez nowszą wersję LeadRelay (schemat %2; ta wersja obsługuje schematy do %3). Zaktualizuj LeadRelay, aby ją otworzyć. Niczego nie zmieniono.</translation>
    </message>
    <message>
        <source>Migration %1 is missing from this build.</source>
        <translation>W tej kompilacji brakuje migracji %1.</translation>
    </message>
    <message>
        <source>Migration %1 failed: %2</source>
        <translation>Migracja %1 nie powiodła się: %2</translation>
    </message>
</context>
<context>
    <name>lr::DealRepository</name>
    <message>
        <source>A deal needs a title.</source>
        <translation>Szansa sprzedaży musi mieć nazwę.</translation>
    </message>
    <message>
        <source>A deal&apos;s value cannot be negative.</source>
        <translation>Wartość szansy sprzedaży nie może być ujemna.</translation>
    </message>
    <message>
        <source>Deal %1 does not exist.</source>
        <translation>Szansa sprzedaży %1 nie istnieje.</translation>
    </message>
</context>
<context>
    <name>lr::DemoDataGenerator</name>
    <message>
        <source>The number of demo leads must be between 0 and %1.</source>
        <translation>Liczba leadów demonstracyjnych musi wynosić od 0 do %1.</translation>
    </message>
    <message>
        <source>The demo period must be between 1 and 3650 days.</source>
        <translation>Okres danych demonstracyjnych musi wynosić od 1 do 3650 dni.</translation>
    </message>
    <message>
        <source>The database already has users. Demo data is only generated into an empty database, so that it never mixes with real data; use a new database file.</source>
        <translation>Baza danych zawiera już użytkowników. Dane demonstracyjne są generowane wyłącznie w pustej bazie danych, aby nigdy nie mieszały się z prawdziwymi danymi; użyj nowego pliku bazy danych.</translation>
    </message>
    <message>
        <source>Cannot write the demo data: %1</source>
        <translation>Nie można zapisać danych demonstracyjnych: %1</translation>
    </message>
    <message>
        <source>The demo data could not be written: %1</source>
        <translation>Nie udało się zapisać danych demonstracyjnych: %1</translation>
    </message>
    <message>
        <source>The demo data could not be saved: %1</source>
        <translation>Nie udało się zachować danych demonstracyjnych: %1</translation>
    </message>
</context>
<context>
    <name>lr::EmailValidator</name>
    <message>
        <source>No email address.</source>
        <translation>Brak adresu e-mail.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no @ sign.</source>
        <translation>„%1” nie zawiera znaku @.</translation>
    </message>
    <message>
        <source>The part before the @ in &quot;%1&quot; is not valid.</source>
        <translation>Część przed @ w „%1” jest nieprawidłowa.</translation>
    </message>
    <message>
        <source>The domain of &quot;%1&quot; is not valid.</source>
        <translation>Domena w „%1” jest nieprawidłowa.</translation>
    </message>
    <message>
        <source>%1 looks like a test or placeholder address.</source>
        <translation>%1 wygląda na adres testowy lub przykładowy.</translation>
    </message>
    <message>
        <source>%1 is a disposable (throwaway) mail domain.</source>
        <translation>%1 to domena jednorazowej (tymczasowej) poczty.</translation>
    </message>
</context>
<context>
    <name>lr::IntakeJournal</name>
    <message>
        <source>Journal entry %1 does not exist.</source>
        <translation>Wpis dziennika %1 nie istnieje.</translation>
    </message>
    <message>
        <source>Only quarantined or failed entries can be fixed.</source>
        <translation>Poprawić można tylko wpisy w kwarantannie lub zakończone błędem.</translation>
    </message>
</context>
<context>
    <name>lr::IntakeProcessor</name>
    <message>
        <source>The submission could not be stored: %1</source>
        <translation>Nie udało się zapisać zgłoszenia: %1</translation>
    </message>
    <message>
        <source>The submission is not a JSON object: %1</source>
        <translation>Zgłoszenie nie jest obiektem JSON: %1</translation>
    </message>
    <message>
        <source>The submission time &quot;%1&quot; is not a date.</source>
        <translation>Czas zgłoszenia „%1” nie jest datą.</translation>
    </message>
</context>
<context>
    <name>lr::LeadFieldMap</name>
    <message>
        <source>&quot;%1&quot; is not a lead field. Known fields: %2.</source>
        <translation>„%1” nie jest polem leada. Znane pola: %2.</translation>
    </message>
    <message>
        <source>No email column found. Columns: %1. Map one with --map &quot;Header=email&quot;.</source>
        <translation>Nie znaleziono kolumny z adresem e-mail. Kolumny: %1. Zmapuj jedną z nich za pomocą --map &quot;Header=email&quot;.</translation>
    </message>
</context>
<context>
    <name>lr::LeadRepository</name>
    <message>
        <source>Lead %1 does not exist.</source>
        <translation>Lead %1 nie istnieje.</translation>
    </message>
</context>
<context>
    <name>lr::PhoneNormaliser</name>
    <message>
        <source>No phone number.</source>
        <translation>Brak numeru telefonu.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no country code and the lead has no country.</source>
        <translation>„%1” nie ma kodu kraju, a lead nie ma przypisanego kraju.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an unknown country code.</source>
        <translation>„%1” ma nieznany kod kraju.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too short to be a phone number.</source>
        <translation>„%1” jest za krótki jak na numer telefonu.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too long to be a phone number.</source>
        <translation>„%1” jest za długi jak na numer telefonu.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation>„%1” nie jest numerem telefonu.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too short for a phone number in %2.</source>
        <translation>„%1” jest za krótki jak na numer telefonu w regionie %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too long for a phone number in %2.</source>
        <translation>„%1” jest za długi jak na numer telefonu w regionie %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid phone number.</source>
        <translation>„%1” nie jest prawidłowym numerem telefonu.</translation>
    </message>
</context>
<context>
    <name>lr::TaskRepository</name>
    <message>
        <source>Task %1 is not open.</source>
        <translation>Zadanie %1 nie jest otwarte.</translation>
    </message>
</context>
<context>
    <name>lr::TeamRepository</name>
    <message>
        <source>A team needs a name.</source>
        <translation>Zespół musi mieć nazwę.</translation>
    </message>
    <message>
        <source>A team named %1 already exists.</source>
        <translation>Zespół o nazwie %1 już istnieje.</translation>
    </message>
    <message>
        <source>Team %1 does not exist.</source>
        <translation>Zespół %1 nie istnieje.</translation>
    </message>
</context>
<context>
    <name>lr::UserRepository</name>
    <message>
        <source>A user needs a name.</source>
        <translation>Użytkownik musi mieć imię i nazwisko.</translation>
    </message>
    <message>
        <source>A user needs a valid email address.</source>
        <translation>Użytkownik musi mieć prawidłowy adres e-mail.</translation>
    </message>
    <message>
        <source>A user with the email %1 already exists.</source>
        <translation>Użytkownik z adresem e-mail %1 już istnieje.</translation>
    </message>
    <message>
        <source>User %1 does not exist.</source>
        <translation>Użytkownik %1 nie istnieje.</translation>
    </message>
    <message>
        <source>An absence must end after it starts.</source>
        <translation>Nieobecność musi kończyć się po jej rozpoczęciu.</translation>
    </message>
</context>
<context>
    <name>lr::WebhookServer</name>
    <message>
        <source>Cannot listen on %1:%2 (is the port in use?)</source>
        <translation>Nie można nasłuchiwać na %1:%2 (czy port jest zajęty?)</translation>
    </message>
    <message>
        <source>Missing or wrong bearer token.</source>
        <translation>Brak tokenu bearer lub token jest nieprawidłowy.</translation>
    </message>
    <message>
        <source>Send the form fields as application/json.</source>
        <translation>Wyślij pola formularza jako application/json.</translation>
    </message>
    <message>
        <source>The body is larger than %1 KiB.</source>
        <translation>Treść żądania przekracza %1 KiB.</translation>
    </message>
    <message>
        <source>The body is not valid JSON: %1</source>
        <translation>Treść żądania nie jest prawidłowym JSON-em: %1</translation>
    </message>
    <message>
        <source>The body must be a JSON object of form fields.</source>
        <translation>Treść żądania musi być obiektem JSON z polami formularza.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be a text, number or boolean.</source>
        <translation>Pole „%1” musi być tekstem, liczbą lub wartością logiczną.</translation>
    </message>
    <message>
        <source>Use POST.</source>
        <translation>Użyj metody POST.</translation>
    </message>
</context>
<context>
    <name>lr::cli::CommandLine</name>
    <message>
        <source>Unknown option %1.</source>
        <translation>Nieznana opcja %1.</translation>
    </message>
    <message>
        <source>Option --%1 takes no value.</source>
        <translation>Opcja --%1 nie przyjmuje wartości.</translation>
    </message>
    <message>
        <source>Option --%1 needs a value.</source>
        <translation>Opcja --%1 wymaga wartości.</translation>
    </message>
    <message>
        <source>Option --%1 is given twice.</source>
        <translation>Opcja --%1 została podana dwukrotnie.</translation>
    </message>
    <message>
        <source>Unknown option --%1.</source>
        <translation>Nieznana opcja --%1.</translation>
    </message>
</context>
<context>
    <name>lr::cli::Ctl</name>
    <message>
        <source>Usage: leadrelayctl [--db PATH] COMMAND [OPTIONS]

The headless LeadRelay console: set up a database, load demo data, manage users, export leads.

Commands:
  init                  Create the database (or bring it to the latest schema);
                        print its path and schema version.
  demo [--seed N] [--leads N] [--days N] [--now TIME] [--format text|json]
                        Fill an empty database with a demo sales team and lead history
                        (default: 3000 leads over the 90 days before now).
  users list [--format table|json]
                        List the users.
  users add --name NAME --email EMAIL --role rep|manager|admin [--team TEAM]
            [--territories DE,AT] [--languages de,en] [--segment smb|mid_market|enterprise]
            [--capacity N] [--timezone Europe/Berlin]
                        Add a user to an existing team.
  export leads [--format csv|json] [--as EMAIL]
                        Write every lead to standard output (JSON unless --format csv);
                        --as exports only what that user may see.
  import leads FILE [--map &quot;Header=field&quot;]... [--source NAME]
                        Import a leads CSV (HubSpot, Salesforce, Pipedrive or spreadsheet
                        export): every row is journaled, validated, deduplicated; prints a
                        JSON summary {rows, created, merged, quarantined, errors}.
  serve [--bind 127.0.0.1] [--port 8088] [--token T]
                        Run the webhook intake (POST /v1/submissions, GET /v1/health)
                        until interrupted; the token also comes from $LEADRELAY_TOKEN.
  help                  Show this help.

Options:
  --db PATH             The database file. Default: $LEADRELAY_DB, else
                        %1
  -h, --help            Show this help.
  --version             Show the version.

Exit codes: 0 success; 1 the command failed (message on standard error);
2 wrong command line (unknown command or option, missing or invalid argument).
</source>
        <translation>Użycie: leadrelayctl [--db PATH] COMMAND [OPTIONS]

Konsola LeadRelay bez interfejsu graficznego: tworzenie bazy danych, wczytywanie danych
demonstracyjnych, zarządzanie użytkownikami, eksport leadów.

Polecenia:
  init                  Tworzy bazę danych (lub aktualizuje ją do najnowszego schematu);
                        wyświetla jej ścieżkę i wersję schematu.
  demo [--seed N] [--leads N] [--days N] [--now TIME] [--format text|json]
                        Wypełnia pustą bazę danych przykładowym zespołem sprzedaży
                        i historią leadów (domyślnie: 3000 leadów z ostatnich 90 dni).
  users list [--format table|json]
                        Wyświetla listę użytkowników.
  users add --name NAME --email EMAIL --role rep|manager|admin [--team TEAM]
            [--territories DE,AT] [--languages de,en] [--segment smb|mid_market|enterprise]
            [--capacity N] [--timezone Europe/Berlin]
                        Dodaje użytkownika do istniejącego zespołu.
  export leads [--format csv|json] [--as EMAIL]
                        Zapisuje wszystkie leady na standardowe wyjście (JSON, chyba że
                        podano --format csv); z --as eksportuje tylko to, co widzi
                        wskazany użytkownik.
  import leads FILE [--map &quot;Header=field&quot;]... [--source NAME]
                        Importuje plik CSV z leadami (eksport z HubSpot, Salesforce,
                        Pipedrive lub arkusza kalkulacyjnego): każdy wiersz jest zapisywany
                        w dzienniku, walidowany i deduplikowany; wyświetla podsumowanie
                        w JSON {rows, created, merged, quarantined, errors}.
  serve [--bind 127.0.0.1] [--port 8088] [--token T]
                        Uruchamia odbiór zgłoszeń przez webhook (POST /v1/submissions,
                        GET /v1/health) do czasu przerwania; token można też podać
                        w $LEADRELAY_TOKEN.
  help                  Wyświetla tę pomoc.

Opcje:
  --db PATH             Plik bazy danych. Domyślnie: $LEADRELAY_DB, w przeciwnym razie
                        %1
  -h, --help            Wyświetla tę pomoc.
  --version             Wyświetla wersję.

Kody wyjścia: 0 – powodzenie; 1 – polecenie nie powiodło się (komunikat na standardowym
wyjściu błędów); 2 – nieprawidłowy wiersz poleceń (nieznane polecenie lub opcja, brakujący
lub nieprawidłowy argument).
</translation>
    </message>
    <message>
        <source>No database path: pass --db PATH or set LEADRELAY_DB.</source>
        <translation>Nie podano ścieżki bazy danych: użyj --db PATH lub ustaw LEADRELAY_DB.</translation>
    </message>
    <message>
        <source>There is no LeadRelay database at %1. Create one with: leadrelayctl --db %1 init</source>
        <translation>W lokalizacji %1 nie ma bazy danych LeadRelay. Utwórz ją poleceniem: leadrelayctl --db %1 init</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Nie podano polecenia.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Nieznane polecenie „%1”.</translation>
    </message>
    <message>
        <source>The option --%1 does not apply to &quot;init&quot;.</source>
        <translation>Opcja --%1 nie dotyczy polecenia „init”.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Nieoczekiwany argument „%1”.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Baza danych: %1</translation>
    </message>
    <message>
        <source>Created database: %1</source>
        <translation>Utworzono bazę danych: %1</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>Wersja schematu: %1</translation>
    </message>
    <message>
        <source>The option --%1 does not apply to &quot;demo&quot;.</source>
        <translation>Opcja --%1 nie dotyczy polecenia „demo”.</translation>
    </message>
    <message>
        <source>&quot;users&quot; needs a subcommand: list or add.</source>
        <translation>Polecenie „users” wymaga podpolecenia: list lub add.</translation>
    </message>
    <message>
        <source>The option --%1 does not apply to &quot;users list&quot;.</source>
        <translation>Opcja --%1 nie dotyczy polecenia „users list”.</translation>
    </message>
    <message>
        <source>--format for &quot;users list&quot; is table or json, not &quot;%1&quot;.</source>
        <translation>--format dla „users list” przyjmuje wartość table lub json, a nie „%1”.</translation>
    </message>
    <message>
        <source>The option --%1 does not apply to &quot;users add&quot;.</source>
        <translation>Opcja --%1 nie dotyczy polecenia „users add”.</translation>
    </message>
    <message>
        <source>Unknown subcommand &quot;users %1&quot;.</source>
        <translation>Nieznane podpolecenie „users %1”.</translation>
    </message>
    <message>
        <source>&quot;export&quot; needs to know what: export leads.</source>
        <translation>Polecenie „export” wymaga wskazania, co eksportować: export leads.</translation>
    </message>
    <message>
        <source>Cannot export &quot;%1&quot;; only leads.</source>
        <translation>Nie można eksportować „%1”; obsługiwane jest tylko leads.</translation>
    </message>
    <message>
        <source>The option --%1 does not apply to &quot;export leads&quot;.</source>
        <translation>Opcja --%1 nie dotyczy polecenia „export leads”.</translation>
    </message>
    <message>
        <source>--format for &quot;export leads&quot; is csv or json, not &quot;%1&quot;.</source>
        <translation>--format dla „export leads” przyjmuje wartość csv lub json, a nie „%1”.</translation>
    </message>
    <message>
        <source>--as needs the email of a user.</source>
        <translation>--as wymaga adresu e-mail użytkownika.</translation>
    </message>
    <message>
        <source>There is no user with the email %1.</source>
        <translation>Nie ma użytkownika z adresem e-mail %1.</translation>
    </message>
    <message>
        <source>&quot;import&quot; needs to know what: import leads FILE.</source>
        <translation>Polecenie „import” wymaga wskazania, co importować: import leads FILE.</translation>
    </message>
    <message>
        <source>&quot;import leads&quot; needs the CSV file to read.</source>
        <translation>Polecenie „import leads” wymaga pliku CSV do odczytu.</translation>
    </message>
    <message>
        <source>The option --%1 does not apply to &quot;import leads&quot;.</source>
        <translation>Opcja --%1 nie dotyczy polecenia „import leads”.</translation>
    </message>
    <message>
        <source>The option --%1 does not apply to &quot;serve&quot;.</source>
        <translation>Opcja --%1 nie dotyczy polecenia „serve”.</translation>
    </message>
</context>
<context>
    <name>lr::cli::DemoCommand</name>
    <message>
        <source>--seed needs a whole number from 0 to 4294967295.</source>
        <translation>--seed wymaga liczby całkowitej od 0 do 4294967295.</translation>
    </message>
    <message>
        <source>--leads needs a whole number from 0 to %1.</source>
        <translation>--leads wymaga liczby całkowitej od 0 do %1.</translation>
    </message>
    <message>
        <source>--days needs a whole number from 1 to 3650.</source>
        <translation>--days wymaga liczby całkowitej od 1 do 3650.</translation>
    </message>
    <message>
        <source>--now needs an ISO 8601 time such as 2026-11-23T09:00:00Z.</source>
        <translation>--now wymaga czasu w formacie ISO 8601, np. 2026-11-23T09:00:00Z.</translation>
    </message>
    <message>
        <source>--format for &quot;demo&quot; is text or json, not &quot;%1&quot;.</source>
        <translation>--format dla „demo” przyjmuje wartość text lub json, a nie „%1”.</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Zespoły</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Użytkownicy</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Firmy</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leady</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Szanse sprzedaży</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Zadania</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Aktywności</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Spotkania</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Zdarzenia</translation>
    </message>
    <message>
        <source>Demo data written to %1 (seed %2, last %3 days) in %4 s:</source>
        <translation>Dane demonstracyjne zapisano w %1 (seed %2, ostatnie %3 dni) w %4 s:</translation>
    </message>
</context>
<context>
    <name>lr::cli::IntakeCommands</name>
    <message>
        <source>--map takes &quot;Header=field&quot;, not &quot;%1&quot;.</source>
        <translation>--map przyjmuje &quot;Header=field&quot;, a nie „%1”.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Nie można odczytać %1: %2</translation>
    </message>
    <message>
        <source>--bind needs an IP address, not &quot;%1&quot;.</source>
        <translation>--bind wymaga adresu IP, a nie „%1”.</translation>
    </message>
    <message>
        <source>--port needs a number from 0 to 65535.</source>
        <translation>--port wymaga liczby od 0 do 65535.</translation>
    </message>
    <message numerus="yes">
        <source>Processed %n submission(s) left from an earlier run.</source>
        <translation>
            <numerusform>Przetworzono %n zgłoszenie pozostałe z poprzedniego uruchomienia.</numerusform>
            <numerusform>Przetworzono %n zgłoszenia pozostałe z poprzedniego uruchomienia.</numerusform>
            <numerusform>Przetworzono %n zgłoszeń pozostałych z poprzedniego uruchomienia.</numerusform>
        </translation>
    </message>
    <message>
        <source>Listening on http://%1:%2 (POST /v1/submissions, GET /v1/health)</source>
        <translation>Nasłuchiwanie na http://%1:%2 (POST /v1/submissions, GET /v1/health)</translation>
    </message>
    <message>
        <source>Warning: no --token given; any local program can submit leads.</source>
        <translation>Ostrzeżenie: nie podano --token; każdy lokalny program może przesyłać leady.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Zatrzymano.</translation>
    </message>
</context>
<context>
    <name>lr::cli::LeadExporter</name>
    <message>
        <source>Could not write the export (is the disk full or the pipe closed?).</source>
        <translation>Nie udało się zapisać eksportu (czy dysk jest pełny albo potok został zamknięty?).</translation>
    </message>
</context>
<context>
    <name>lr::cli::UsersCommand</name>
    <message>
        <source>&quot;users add&quot; needs --%1.</source>
        <translation>Polecenie „users add” wymaga opcji --%1.</translation>
    </message>
    <message>
        <source>--role is rep, manager or admin, not &quot;%1&quot;.</source>
        <translation>--role przyjmuje wartość rep, manager lub admin, a nie „%1”.</translation>
    </message>
    <message>
        <source>--territories takes two-letter country codes (DE,AT), not &quot;%1&quot;.</source>
        <translation>--territories przyjmuje dwuliterowe kody krajów (DE,AT), a nie „%1”.</translation>
    </message>
    <message>
        <source>--languages takes two-letter language codes (de,en), not &quot;%1&quot;.</source>
        <translation>--languages przyjmuje dwuliterowe kody języków (de,en), a nie „%1”.</translation>
    </message>
    <message>
        <source>--capacity needs a whole number of open leads from 0 to 100000.</source>
        <translation>--capacity wymaga liczby całkowitej otwartych leadów od 0 do 100000.</translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot;; use an IANA name such as Europe/Berlin.</source>
        <translation>Nieznana strefa czasowa „%1”; użyj nazwy IANA, np. Europe/Berlin.</translation>
    </message>
    <message>
        <source>--segment is smb, mid_market or enterprise, not &quot;%1&quot;.</source>
        <translation>--segment przyjmuje wartość smb, mid_market lub enterprise, a nie „%1”.</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>nieaktywny</translation>
    </message>
    <message>
        <source>out of office until %1</source>
        <translation>poza biurem do %1</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktywny</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>IMIĘ I NAZWISKO</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>E-MAIL</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLA</translation>
    </message>
    <message>
        <source>TEAM</source>
        <translation>ZESPÓŁ</translation>
    </message>
    <message>
        <source>TERRITORIES</source>
        <translation>TERYTORIA</translation>
    </message>
    <message>
        <source>LANGUAGES</source>
        <translation>JĘZYKI</translation>
    </message>
    <message>
        <source>CAPACITY</source>
        <translation>LIMIT</translation>
    </message>
    <message>
        <source>TIME ZONE</source>
        <translation>STREFA CZASOWA</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>No users yet. Add one with: leadrelayctl users add --name NAME --email EMAIL --role admin</source>
        <translation>Nie ma jeszcze użytkowników. Dodaj użytkownika poleceniem: leadrelayctl users add --name NAME --email EMAIL --role admin</translation>
    </message>
    <message>
        <source>There is no team &quot;%1&quot;; the database has no teams yet.</source>
        <translation>Nie ma zespołu „%1”; baza danych nie zawiera jeszcze żadnych zespołów.</translation>
    </message>
    <message>
        <source>There is no team &quot;%1&quot;. Known teams: %2.</source>
        <translation>Nie ma zespołu „%1”. Znane zespoły: %2.</translation>
    </message>
    <message>
        <source>Added user %1: %2 &lt;%3&gt;, %4%5.</source>
        <translation>Dodano użytkownika %1: %2 &lt;%3&gt;, %4%5.</translation>
    </message>
    <message>
        <source> in team %1</source>
        <translation> w zespole %1</translation>
    </message>
    <message>
        <source>%1 now manages the team %2.</source>
        <translation>%1 zarządza teraz zespołem %2.</translation>
    </message>
</context>
<context>
    <name>lr::sql</name>
    <message>
        <source>The database is locked by another process. Close the other program and try again.</source>
        <translation>Baza danych jest zablokowana przez inny proces. Zamknij drugi program i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The database is read-only. Check the file&apos;s permissions.</source>
        <translation>Baza danych jest tylko do odczytu. Sprawdź uprawnienia pliku.</translation>
    </message>
    <message>
        <source>The database could not be read or written (input/output error): %1</source>
        <translation>Nie udało się odczytać ani zapisać bazy danych (błąd wejścia/wyjścia): %1</translation>
    </message>
    <message>
        <source>The disk is full. Free some space; nothing was saved.</source>
        <translation>Dysk jest pełny. Zwolnij miejsce; niczego nie zapisano.</translation>
    </message>
    <message>
        <source>The file is not a LeadRelay database.</source>
        <translation>Plik nie jest bazą danych LeadRelay.</translation>
    </message>
    <message>
        <source>The change breaks a data rule: %1</source>
        <translation>Zmiana narusza regułę danych: %1</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>Błąd bazy danych: %1</translation>
    </message>
</context>
<context>
    <name>lr::ui::AboutDialog</name>
    <message>
        <source>About LeadRelay</source>
        <translation>O programie LeadRelay</translation>
    </message>
    <message>
        <source>LeadRelay %1</source>
        <translation>LeadRelay %1</translation>
    </message>
    <message>
        <source>A sales-ops console for inbound leads: capture, qualify, route and follow up, so that the right rep answers every lead within minutes.</source>
        <translation>Konsola operacji sprzedażowych dla leadów przychodzących: pozyskiwanie, kwalifikacja, przydzielanie i dalsza obsługa – tak, aby właściwy handlowiec odpowiadał na każdego leada w ciągu kilku minut.</translation>
    </message>
    <message>
        <source>Built with Qt %1 (running on Qt %2).</source>
        <translation>Zbudowano z Qt %1 (działa na Qt %2).</translation>
    </message>
    <message>
        <source>LeadRelay uses the Qt toolkit under the GNU LGPL version 3 and SQLite, which is in the public domain. Your data stays in a local database file that belongs to you.</source>
        <translation>LeadRelay korzysta z biblioteki Qt na licencji GNU LGPL w wersji 3 oraz z SQLite, które jest w domenie publicznej. Twoje dane pozostają w lokalnym pliku bazy danych, który należy do Ciebie.</translation>
    </message>
</context>
<context>
    <name>lr::ui::Format</name>
    <message>
        <source>just now</source>
        <translation>przed chwilą</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min temu</numerusform>
            <numerusform>%n min temu</numerusform>
            <numerusform>%n min temu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n min</source>
        <translation>
            <numerusform>za %n min</numerusform>
            <numerusform>za %n min</numerusform>
            <numerusform>za %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n godz. temu</numerusform>
            <numerusform>%n godz. temu</numerusform>
            <numerusform>%n godz. temu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n h</source>
        <translation>
            <numerusform>za %n godz.</numerusform>
            <numerusform>za %n godz.</numerusform>
            <numerusform>za %n godz.</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>wczoraj</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>jutro</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n dzień temu</numerusform>
            <numerusform>%n dni temu</numerusform>
            <numerusform>%n dni temu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>za %n dzień</numerusform>
            <numerusform>za %n dni</numerusform>
            <numerusform>za %n dni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n godz.</numerusform>
            <numerusform>%n godz.</numerusform>
            <numerusform>%n godz.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 godz. %2 min</translation>
    </message>
    <message numerus="yes">
        <source>%n day</source>
        <translation>
            <numerusform>%n dzień</numerusform>
            <numerusform>%n dni</numerusform>
            <numerusform>%n dni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n dzień</numerusform>
            <numerusform>%n dni</numerusform>
            <numerusform>%n dni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead</source>
        <translation>
            <numerusform>%Ln lead</numerusform>
            <numerusform>%Ln leady</numerusform>
            <numerusform>%Ln leadów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln leads</source>
        <translation>
            <numerusform>%Ln lead</numerusform>
            <numerusform>%Ln leady</numerusform>
            <numerusform>%Ln leadów</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lr::ui::LeadDetailPanel</name>
    <message>
        <source>Select a lead to see its details</source>
        <translation>Wybierz leada, aby zobaczyć szczegóły</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domena</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Pochodzenie</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Opiekun</translation>
    </message>
    <message>
        <source>UTM source</source>
        <translation>Źródło UTM</translation>
    </message>
    <message>
        <source>UTM medium</source>
        <translation>Medium UTM</translation>
    </message>
    <message>
        <source>UTM campaign</source>
        <translation>Kampania UTM</translation>
    </message>
    <message>
        <source>Landing page</source>
        <translation>Strona docelowa</translation>
    </message>
    <message>
        <source>Form ID</source>
        <translation>ID formularza</translation>
    </message>
    <message>
        <source>Form type</source>
        <translation>Typ formularza</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Wysłano</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pytanie</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Reakcja</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Utworzono</translation>
    </message>
    <message>
        <source>First touch</source>
        <translation>Pierwszy kontakt</translation>
    </message>
    <message>
        <source>TIMELINE · %1</source>
        <translation>OŚ CZASU · %1</translation>
    </message>
    <message>
        <source>Score %1</source>
        <translation>Ocena %1</translation>
    </message>
    <message>
        <source>Score %1 · %2</source>
        <translation>Ocena %1 · %2</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nieprzypisany</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Jeszcze nie</translation>
    </message>
    <message>
        <source>%1 (after %2)</source>
        <translation>%1 (%2 później)</translation>
    </message>
</context>
<context>
    <name>lr::ui::LeadFilterBar</name>
    <message>
        <source>Search name, email or company…</source>
        <translation>Szukaj wg nazwiska, e-maila lub firmy…</translation>
    </message>
    <message>
        <source>Find leads by the start of a name, email or company (Ctrl+F)</source>
        <translation>Wyszukaj leady po początku nazwiska, adresu e-mail lub nazwy firmy (Ctrl+F)</translation>
    </message>
    <message>
        <source>Show the leads of one owner</source>
        <translation>Pokaż leady wybranego opiekuna</translation>
    </message>
    <message>
        <source>Show leads in one status</source>
        <translation>Pokaż leady o wybranym statusie</translation>
    </message>
    <message>
        <source>Show leads from one source</source>
        <translation>Pokaż leady z wybranego źródła</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Wyczyść filtry</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Wszystkie statusy</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Wszystkie źródła</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Wszyscy opiekunowie</translation>
    </message>
</context>
<context>
    <name>lr::ui::LeadListPage</name>
    <message>
        <source>Fit Columns to Width</source>
        <translation>Dopasuj kolumny do szerokości</translation>
    </message>
    <message>
        <source>No leads match these filters.
Clear the search or pick other filters.</source>
        <translation>Żaden lead nie pasuje do tych filtrów.
Wyczyść wyszukiwanie lub wybierz inne filtry.</translation>
    </message>
    <message>
        <source>No leads yet.
Leads you may see appear here as soon as they arrive.</source>
        <translation>Nie ma jeszcze leadów.
Leady, które możesz zobaczyć, pojawią się tutaj, gdy tylko wpłyną.</translation>
    </message>
</context>
<context>
    <name>lr::ui::LeadTableModel</name>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Opiekun</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Utworzono</translation>
    </message>
</context>
<context>
    <name>lr::ui::MainWindow</name>
    <message>
        <source>Leads</source>
        <translation>Leady</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Zespół</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>&amp;Switch User…</source>
        <translation>&amp;Przełącz użytkownika…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Odśwież</translation>
    </message>
    <message>
        <source>&amp;Find Leads</source>
        <translation>&amp;Znajdź leady</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Po&amp;moc</translation>
    </message>
    <message>
        <source>&amp;About LeadRelay</source>
        <translation>&amp;O programie LeadRelay</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>O &amp;Qt</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Baza danych: %1</translation>
    </message>
    <message>
        <source>LeadRelay — %1</source>
        <translation>LeadRelay — %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 in total</source>
        <translation>Łącznie %1</translation>
    </message>
</context>
<context>
    <name>lr::ui::SignInDialog</name>
    <message>
        <source>Sign in to LeadRelay</source>
        <translation>Logowanie do LeadRelay</translation>
    </message>
    <message>
        <source>Who is working today?</source>
        <translation>Kto dziś pracuje?</translation>
    </message>
    <message>
        <source>Pick your name. Reps see their own leads, managers their team, administrators everything.</source>
        <translation>Wybierz swoje imię i nazwisko. Handlowcy widzą własne leady, kierownicy – leady swojego zespołu, administratorzy – wszystko.</translation>
    </message>
    <message>
        <source>Filter by name, role or team…</source>
        <translation>Filtruj według nazwiska, roli lub zespołu…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Zespół</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Zaloguj</translation>
    </message>
</context>
<context>
    <name>lr::ui::SignInFlow</name>
    <message>
        <source>%1 is no longer active; pick another user.</source>
        <translation>Użytkownik %1 nie jest już aktywny; wybierz innego użytkownika.</translation>
    </message>
    <message>
        <source>No user with the e-mail %1; pick a user.</source>
        <translation>Brak użytkownika z adresem e-mail %1; wybierz użytkownika.</translation>
    </message>
    <message>
        <source>This database has no active users yet, so nobody can sign in.</source>
        <translation>Ta baza danych nie ma jeszcze aktywnych użytkowników, więc nikt nie może się zalogować.</translation>
    </message>
</context>
<context>
    <name>lr::ui::TeamPage</name>
    <message>
        <source>Team</source>
        <translation>Zespół</translation>
    </message>
    <message numerus="yes">
        <source>%n person you can see</source>
        <translation>
            <numerusform>%n widoczna osoba</numerusform>
            <numerusform>%n widoczne osoby</numerusform>
            <numerusform>%n widocznych osób</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people you can see</source>
        <translation>
            <numerusform>%n widoczna osoba</numerusform>
            <numerusform>%n widoczne osoby</numerusform>
            <numerusform>%n widocznych osób</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lr::ui::TeamTableModel</name>
    <message>
        <source>Active</source>
        <translation>Aktywny</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Nieaktywny</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>Do %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Zespół</translation>
    </message>
    <message>
        <source>Territories</source>
        <translation>Terytoria</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Języki</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Limit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Out of office</source>
        <translation>Nieobecność</translation>
    </message>
</context>
<context>
    <name>lr::ui::TimelineBuilder</name>
    <message>
        <source>Lead created</source>
        <translation>Utworzono leada</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Źródło: %1</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Przypisano opiekuna</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Przypisano opiekuna: %1</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Zmieniono status</translation>
    </message>
    <message>
        <source>Status changed to %1</source>
        <translation>Zmieniono status na „%1”</translation>
    </message>
    <message>
        <source>was %1</source>
        <translation>wcześniej: %1</translation>
    </message>
    <message>
        <source>First touch</source>
        <translation>Pierwszy kontakt</translation>
    </message>
    <message>
        <source>%1 after the lead arrived</source>
        <translation>%1 od wpłynięcia leada</translation>
    </message>
    <message>
        <source>Viewed a page</source>
        <translation>Wyświetlono stronę</translation>
    </message>
    <message>
        <source>Viewed %1</source>
        <translation>Wyświetlono %1</translation>
    </message>
    <message>
        <source>Submitted a form</source>
        <translation>Wysłano formularz</translation>
    </message>
    <message>
        <source>Submitted form %1</source>
        <translation>Wysłano formularz %1</translation>
    </message>
    <message>
        <source>Opened an email</source>
        <translation>Otwarto e-mail</translation>
    </message>
    <message>
        <source>Clicked a link in an email</source>
        <translation>Kliknięto link w e-mailu</translation>
    </message>
    <message>
        <source>Replied to an email</source>
        <translation>Odpowiedziano na e-mail</translation>
    </message>
    <message>
        <source>Meeting booked</source>
        <translation>Umówiono spotkanie</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>na %1</translation>
    </message>
    <message>
        <source>Meeting held</source>
        <translation>Spotkanie odbyło się</translation>
    </message>
    <message>
        <source>Missed meeting (no-show)</source>
        <translation>Nieobecność na spotkaniu (no-show)</translation>
    </message>
    <message>
        <source>Task created</source>
        <translation>Utworzono zadanie</translation>
    </message>
    <message>
        <source>Task: %1</source>
        <translation>Zadanie: %1</translation>
    </message>
    <message>
        <source>Task completed</source>
        <translation>Ukończono zadanie</translation>
    </message>
    <message>
        <source>Task done: %1</source>
        <translation>Ukończono zadanie: %1</translation>
    </message>
    <message>
        <source>%1 logged</source>
        <translation>Zarejestrowano aktywność: %1</translation>
    </message>
    <message>
        <source>Activity logged</source>
        <translation>Zarejestrowano aktywność</translation>
    </message>
    <message>
        <source>Deal created</source>
        <translation>Utworzono szansę sprzedaży</translation>
    </message>
    <message>
        <source>Deal created: %1</source>
        <translation>Utworzono szansę sprzedaży: %1</translation>
    </message>
    <message>
        <source>Deal moved to another stage</source>
        <translation>Przeniesiono szansę sprzedaży do innego etapu</translation>
    </message>
    <message>
        <source>Deal moved to %1</source>
        <translation>Przeniesiono szansę sprzedaży do etapu „%1”</translation>
    </message>
    <message>
        <source>Call logged</source>
        <translation>Zarejestrowano połączenie</translation>
    </message>
    <message>
        <source>Email logged</source>
        <translation>Zarejestrowano e-mail</translation>
    </message>
    <message>
        <source>Meeting logged</source>
        <translation>Zarejestrowano spotkanie</translation>
    </message>
    <message>
        <source>Note added</source>
        <translation>Dodano notatkę</translation>
    </message>
    <message>
        <source>SMS logged</source>
        <translation>Zarejestrowano SMS</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>termin: %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>autor: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>LeadRelay sales-ops console</source>
        <translation>LeadRelay – konsola operacji sprzedażowych</translation>
    </message>
    <message>
        <source>Database file (default: $LEADRELAY_DB, else leadrelay.db in the app data folder).</source>
        <translation>Plik bazy danych (domyślnie: $LEADRELAY_DB, w przeciwnym razie leadrelay.db w folderze danych aplikacji).</translation>
    </message>
    <message>
        <source>Interface language: en, bg, ru or pl.</source>
        <translation>Język interfejsu: en, bg, ru lub pl.</translation>
    </message>
    <message>
        <source>Fill an empty database with demo data (a new database file always gets it).</source>
        <translation>Wypełnij pustą bazę danych danymi demonstracyjnymi (nowy plik bazy danych zawsze je otrzymuje).</translation>
    </message>
    <message>
        <source>Sign in as this user, skipping the picker.</source>
        <translation>Zaloguj jako ten użytkownik, pomijając okno wyboru.</translation>
    </message>
    <message>
        <source>LeadRelay</source>
        <translation>LeadRelay</translation>
    </message>
    <message>
        <source>Cannot open the database %1.

%2</source>
        <translation>Nie można otworzyć bazy danych %1.

%2</translation>
    </message>
    <message>
        <source>Demo data was not created: %1</source>
        <translation>Nie utworzono danych demonstracyjnych: %1</translation>
    </message>
</context>
</TS>
