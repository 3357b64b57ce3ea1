<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bg_BG">
<context>
    <name>lr</name>
    <message>
        <source>Sales rep</source>
        <translation>Търговец</translation>
    </message>
    <message>
        <source>Sales manager</source>
        <translation>Мениджър продажби</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Нов</translation>
    </message>
    <message>
        <source>Attempting contact</source>
        <translation>Опит за контакт</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Свързан</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Квалифициран</translation>
    </message>
    <message>
        <source>Nurture</source>
        <translation>Подгряване</translation>
    </message>
    <message>
        <source>Disqualified</source>
        <translation>Дисквалифициран</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Конвертиран</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Уеб формуляр</translation>
    </message>
    <message>
        <source>CSV import</source>
        <translation>Импорт от CSV</translation>
    </message>
    <message>
        <source>Manual entry</source>
        <translation>Ръчно въвеждане</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Чат</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Препоръка</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Събитие</translation>
    </message>
    <message>
        <source>Paid ads</source>
        <translation>Платена реклама</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Обаждане</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Имейл</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Среща</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Бележка</translation>
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
        <translation>Вече съществува компания с домейн %1.</translation>
    </message>
</context>
<context>
    <name>lr::CsvLeadImporter</name>
    <message>
        <source>The file is empty: it has no header row.</source>
        <translation>Файлът е празен: няма заглавен ред.</translation>
    </message>
    <message>
        <source>No email column found.</source>
        <translation>Не е намерена колона с имейл.</translation>
    </message>
</context>
<context>
    <name>lr::CsvReader</name>
    <message>
        <source>A quoted field that starts on line %1 is never closed.</source>
        <translation>Поле в кавички, започващо на ред %1, не е затворено.</translation>
    </message>
</context>
<context>
    <name>lr::Database</name>
    <message>
        <source>Cannot read the database file %1.</source>
        <translation>Файлът на базата данни %1 не може да бъде прочетен.</translation>
    </message>
    <message>
        <source>%1 is not a LeadRelay database (it is not an SQLite file). Nothing was changed.</source>
        <translation>%1 не е база данни на LeadRelay (не е файл на SQLite). Нищо не е променено.</translation>
    </message>
    <message>
        <source>The database %1 is read-only. LeadRelay needs to write to the file and its folder.</source>
        <translation>Базата данни %1 е само за четене. LeadRelay трябва да може да записва във файла и в папката му.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Папката %1 не може да бъде създадена.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Базата данни %1 не може да бъде отворена: %2</translation>
    </message>
    <message>
        <source>Cannot read the database %1: %2</source>
        <translation>Базата данни %1 не може да бъде прочетена: %2</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer LeadRelay (schema %2; this version knows up to %3). Update LeadRelay to open it. Nothing was changed.</source>
        <translation>Базата данни %1 е записана от по-нова версия на LeadRelay (схема %2; тази версия поддържа до %3). Обновете LeadRelay, за да я отворите. Нищо не е променено.</translation>
    </message>
    <message>
        <source>Migration %1 is missing from this build.</source>
        <translation>В тази версия липсва миграция %1.</translation>
    </message>
    <message>
        <source>Migration %1 failed: %2</source>
        <translation>Миграция %1 е неуспешна: %2</translation>
    </message>
</context>
<context>
    <name>lr::DealRepository</name>
    <message>
        <source>A deal needs a title.</source>
        <translation>Сделката трябва да има заглавие.</translation>
    </message>
    <message>
        <source>A deal&apos;s value cannot be negative.</source>
        <translation>Стойността на сделката не може да бъде отрицателна.</translation>
    </message>
    <message>
        <source>Deal %1 does not exist.</source>
        <translation>Сделка %1 не съществува.</translation>
    </message>
</context>
<context>
    <name>lr::DemoDataGenerator</name>
    <message>
        <source>The number of demo leads must be between 0 and %1.</source>
        <translation>Броят демо лийдове трябва да е между 0 и %1.</translation>
    </message>
    <message>
        <source>The demo period must be between 1 and 3650 days.</source>
        <translation>Демо периодът трябва да е между 1 и 3650 дни.</translation>
    </message>
    <message>
        <source>The database already has users. Demo data is only generated into an empty database, so that it never mixes with real data; use a new database file.</source>
        <translation>В базата данни вече има потребители. Демо данни се генерират само в празна база данни, за да не се смесват никога с реални данни; използвайте нов файл за база данни.</translation>
    </message>
    <message>
        <source>Cannot write the demo data: %1</source>
        <translation>Демо данните не могат да бъдат записани: %1</translation>
    </message>
    <message>
        <source>The demo data could not be written: %1</source>
        <translation>Демо данните не можаха да бъдат записани: %1</translation>
    </message>
    <message>
        <source>The demo data could not be saved: %1</source>
        <translation>Демо данните не можаха да бъдат запазени: %1</translation>
    </message>
</context>
<context>
    <name>lr::EmailValidator</name>
    <message>
        <source>No email address.</source>
        <translation>Няма имейл адрес.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no @ sign.</source>
        <translation>„%1“ не съдържа знака @.</translation>
    </message>
    <message>
        <source>The part before the @ in &quot;%1&quot; is not valid.</source>
        <translation>Частта преди @ в „%1“ е невалидна.</translation>
    </message>
    <message>
        <source>The domain of &quot;%1&quot; is not valid.</source>
        <translation>Домейнът на „%1“ е невалиден.</translation>
    </message>
    <message>
        <source>%1 looks like a test or placeholder address.</source>
        <translation>%1 прилича на тестов или примерен адрес.</translation>
    </message>
    <message>
        <source>%1 is a disposable (throwaway) mail domain.</source>
        <translation>%1 е домейн за временна (еднократна) поща.</translation>
    </message>
</context>
<context>
    <name>lr::IntakeJournal</name>
    <message>
        <source>Journal entry %1 does not exist.</source>
        <translation>Запис %1 в журнала не съществува.</translation>
    </message>
    <message>
        <source>Only quarantined or failed entries can be fixed.</source>
        <translation>Могат да се коригират само записи в карантина или неуспешни записи.</translation>
    </message>
</context>
<context>
    <name>lr::IntakeProcessor</name>
    <message>
        <source>The submission could not be stored: %1</source>
        <translation>Заявката не можа да бъде съхранена: %1</translation>
    </message>
    <message>
        <source>The submission is not a JSON object: %1</source>
        <translation>Заявката не е JSON обект: %1</translation>
    </message>
    <message>
        <source>The submission time &quot;%1&quot; is not a date.</source>
        <translation>Времето на заявката „%1“ не е дата.</translation>
    </message>
</context>
<context>
    <name>lr::LeadFieldMap</name>
    <message>
        <source>&quot;%1&quot; is not a lead field. Known fields: %2.</source>
        <translation>„%1“ не е поле на лийд. Известни полета: %2.</translation>
    </message>
    <message>
        <source>No email column found. Columns: %1. Map one with --map &quot;Header=email&quot;.</source>
        <translation>Не е намерена колона с имейл. Колони: %1. Задайте съответствие с --map &quot;Header=email&quot;.</translation>
    </message>
</context>
<context>
    <name>lr::LeadRepository</name>
    <message>
        <source>Lead %1 does not exist.</source>
        <translation>Лийд %1 не съществува.</translation>
    </message>
</context>
<context>
    <name>lr::PhoneNormaliser</name>
    <message>
        <source>No phone number.</source>
        <translation>Няма телефонен номер.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no country code and the lead has no country.</source>
        <translation>„%1“ няма код на държава, а за лийда не е посочена държава.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an unknown country code.</source>
        <translation>„%1“ има непознат код на държава.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too short to be a phone number.</source>
        <translation>„%1“ е твърде кратък за телефонен номер.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too long to be a phone number.</source>
        <translation>„%1“ е твърде дълъг за телефонен номер.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation>„%1“ не е телефонен номер.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too short for a phone number in %2.</source>
        <translation>„%1“ е твърде кратък за телефонен номер в регион %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too long for a phone number in %2.</source>
        <translation>„%1“ е твърде дълъг за телефонен номер в регион %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid phone number.</source>
        <translation>„%1“ не е валиден телефонен номер.</translation>
    </message>
</context>
<context>
    <name>lr::TaskRepository</name>
    <message>
        <source>Task %1 is not open.</source>
        <translation>Задача %1 не е отворена.</translation>
    </message>
</context>
<context>
    <name>lr::TeamRepository</name>
    <message>
        <source>A team needs a name.</source>
        <translation>Екипът трябва да има име.</translation>
    </message>
    <message>
        <source>A team named %1 already exists.</source>
        <translation>Вече съществува екип с име %1.</translation>
    </message>
    <message>
        <source>Team %1 does not exist.</source>
        <translation>Екип %1 не съществува.</translation>
    </message>
</context>
<context>
    <name>lr::UserRepository</name>
    <message>
        <source>A user needs a name.</source>
        <translation>Потребителят трябва да има име.</translation>
    </message>
    <message>
        <source>A user needs a valid email address.</source>
        <translation>Потребителят трябва да има валиден имейл адрес.</translation>
    </message>
    <message>
        <source>A user with the email %1 already exists.</source>
        <translation>Вече съществува потребител с имейл %1.</translation>
    </message>
    <message>
        <source>User %1 does not exist.</source>
        <translation>Потребител %1 не съществува.</translation>
    </message>
    <message>
        <source>An absence must end after it starts.</source>
        <translation>Отсъствието трябва да приключва след началото си.</translation>
    </message>
</context>
<context>
    <name>lr::WebhookServer</name>
    <message>
        <source>Cannot listen on %1:%2 (is the port in use?)</source>
        <translation>Не може да се слуша на %1:%2 (дали портът не е зает?)</translation>
    </message>
    <message>
        <source>Missing or wrong bearer token.</source>
        <translation>Липсващ или грешен bearer токен.</translation>
    </message>
    <message>
        <source>Send the form fields as application/json.</source>
        <translation>Изпращайте полетата на формуляра като application/json.</translation>
    </message>
    <message>
        <source>The body is larger than %1 KiB.</source>
        <translation>Тялото на заявката е по-голямо от %1 KiB.</translation>
    </message>
    <message>
        <source>The body is not valid JSON: %1</source>
        <translation>Тялото на заявката не е валиден JSON: %1</translation>
    </message>
    <message>
        <source>The body must be a JSON object of form fields.</source>
        <translation>Тялото на заявката трябва да е JSON обект с полетата на формуляра.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be a text, number or boolean.</source>
        <translation>Полето „%1“ трябва да е текст, число или булева стойност.</translation>
    </message>
    <message>
        <source>Use POST.</source>
        <translation>Използвайте POST.</translation>
    </message>
</context>
<context>
    <name>lr::cli::CommandLine</name>
    <message>
        <source>Unknown option %1.</source>
        <translation>Непозната опция %1.</translation>
    </message>
    <message>
        <source>Option --%1 takes no value.</source>
        <translation>Опцията --%1 не приема стойност.</translation>
    </message>
    <message>
        <source>Option --%1 needs a value.</source>
        <translation>Опцията --%1 изисква стойност.</translation>
    </message>
    <message>
        <source>Option --%1 is given twice.</source>
        <translation>Опцията --%1 е зададена два пъти.</translation>
    </message>
    <message>
        <source>Unknown option --%1.</source>
        <translation>Непозната опция --%1.</translation>
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
        <translation>Употреба: leadrelayctl [--db PATH] COMMAND [OPTIONS]

Конзолата на LeadRelay без графичен интерфейс: създаване на база данни, зареждане на демо данни,
управление на потребители, експорт на лийдове.

Команди:
  init                  Създава базата данни (или я обновява до последната схема);
                        извежда пътя ѝ и версията на схемата.
  demo [--seed N] [--leads N] [--days N] [--now TIME] [--format text|json]
                        Попълва празна база данни с демо екип по продажбите и история
                        на лийдове (по подразбиране: 3000 лийда за последните 90 дни).
  users list [--format table|json]
                        Извежда списъка с потребители.
  users add --name NAME --email EMAIL --role rep|manager|admin [--team TEAM]
            [--territories DE,AT] [--languages de,en] [--segment smb|mid_market|enterprise]
            [--capacity N] [--timezone Europe/Berlin]
                        Добавя потребител към съществуващ екип.
  export leads [--format csv|json] [--as EMAIL]
                        Записва всички лийдове на стандартния изход (JSON, освен ако не е
                        зададено --format csv); с --as се експортира само това, което
                        съответният потребител има право да вижда.
  import leads FILE [--map &quot;Header=field&quot;]... [--source NAME]
                        Импортира CSV файл с лийдове (експорт от HubSpot, Salesforce,
                        Pipedrive или електронна таблица): всеки ред се записва в журнала,
                        валидира се и се проверява за дубликати; извежда обобщение в JSON
                        {rows, created, merged, quarantined, errors}.
  serve [--bind 127.0.0.1] [--port 8088] [--token T]
                        Стартира приемането на заявки през уебхук (POST /v1/submissions,
                        GET /v1/health) до прекъсване; токенът може да се зададе и чрез
                        $LEADRELAY_TOKEN.
  help                  Показва тази помощ.

Опции:
  --db PATH             Файлът на базата данни. По подразбиране: $LEADRELAY_DB, иначе
                        %1
  -h, --help            Показва тази помощ.
  --version             Показва версията.

Изходни кодове: 0 – успех; 1 – командата е неуспешна (съобщението е в стандартния изход
за грешки); 2 – грешен команден ред (непозната команда или опция, липсващ или невалиден
аргумент).
</translation>
    </message>
    <message>
        <source>No database path: pass --db PATH or set LEADRELAY_DB.</source>
        <translation>Не е зададен път до базата данни: подайте --db PATH или задайте LEADRELAY_DB.</translation>
    </message>
    <message>
        <source>There is no LeadRelay database at %1. Create one with: leadrelayctl --db %1 init</source>
        <translation>В %1 няма база данни на LeadRelay. Създайте я с: leadrelayctl --db %1 init</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Не е зададена команда.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Непозната команда „%1“.</translation>
    </message>
    <message>
        <source>The option --%1 does not apply to &quot;init&quot;.</source>
        <translation>Опцията --%1 не се прилага към „init“.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Неочакван аргумент „%1“.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>База данни: %1</translation>
    </message>
    <message>
        <source>Created database: %1</source>
        <translation>Създадена е база данни: %1</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>Версия на схемата: %1</translation>
    </message>
    <message>
        <source>The option --%1 does not apply to &quot;demo&quot;.</source>
        <translation>Опцията --%1 не се прилага към „demo“.</translation>
    </message>
    <message>
        <source>&quot;users&quot; needs a subcommand: list or add.</source>
        <translation>„users“ изисква подкоманда: list или add.</translation>
    </message>
    <message>
        <source>The option --%1 does not apply to &quot;users list&quot;.</source>
        <translation>Опцията --%1 не се прилага към „users list“.</translation>
    </message>
    <message>
        <source>--format for &quot;users list&quot; is table or json, not &quot;%1&quot;.</source>
        <translation>--format за „users list“ приема table или json, а не „%1“.</translation>
    </message>
    <message>
        <source>The option --%1 does not apply to &quot;users add&quot;.</source>
        <translation>Опцията --%1 не се прилага към „users add“.</translation>
    </message>
    <message>
        <source>Unknown subcommand &quot;users %1&quot;.</source>
        <translation>Непозната подкоманда „users %1“.</translation>
    </message>
    <message>
        <source>&quot;export&quot; needs to know what: export leads.</source>
        <translation>„export“ изисква да се посочи какво да се експортира: export leads.</translation>
    </message>
    <message>
        <source>Cannot export &quot;%1&quot;; only leads.</source>
        <translation>„%1“ не може да се експортира; поддържа се само leads.</translation>
    </message>
    <message>
        <source>The option --%1 does not apply to &quot;export leads&quot;.</source>
        <translation>Опцията --%1 не се прилага към „export leads“.</translation>
    </message>
    <message>
        <source>--format for &quot;export leads&quot; is csv or json, not &quot;%1&quot;.</source>
        <translation>--format за „export leads“ приема csv или json, а не „%1“.</translation>
    </message>
    <message>
        <source>--as needs the email of a user.</source>
        <translation>--as изисква имейла на потребител.</translation>
    </message>
    <message>
        <source>There is no user with the email %1.</source>
        <translation>Няма потребител с имейл %1.</translation>
    </message>
    <message>
        <source>&quot;import&quot; needs to know what: import leads FILE.</source>
        <translation>„import“ изисква да се посочи какво да се импортира: import leads FILE.</translation>
    </message>
    <message>
        <source>&quot;import leads&quot; needs the CSV file to read.</source>
        <translation>„import leads“ изисква CSV файл, който да бъде прочетен.</translation>
    </message>
    <message>
        <source>The option --%1 does not apply to &quot;import leads&quot;.</source>
        <translation>Опцията --%1 не се прилага към „import leads“.</translation>
    </message>
    <message>
        <source>The option --%1 does not apply to &quot;serve&quot;.</source>
        <translation>Опцията --%1 не се прилага към „serve“.</translation>
    </message>
</context>
<context>
    <name>lr::cli::DemoCommand</name>
    <message>
        <source>--seed needs a whole number from 0 to 4294967295.</source>
        <translation>--seed изисква цяло число от 0 до 4294967295.</translation>
    </message>
    <message>
        <source>--leads needs a whole number from 0 to %1.</source>
        <translation>--leads изисква цяло число от 0 до %1.</translation>
    </message>
    <message>
        <source>--days needs a whole number from 1 to 3650.</source>
        <translation>--days изисква цяло число от 1 до 3650.</translation>
    </message>
    <message>
        <source>--now needs an ISO 8601 time such as 2026-11-23T09:00:00Z.</source>
        <translation>--now изисква време във формат ISO 8601, например 2026-11-23T09:00:00Z.</translation>
    </message>
    <message>
        <source>--format for &quot;demo&quot; is text or json, not &quot;%1&quot;.</source>
        <translation>--format за „demo“ приема text или json, а не „%1“.</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Екипи</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Потребители</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Компании</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Лийдове</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Задачи</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Активности</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Срещи</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Събития</translation>
    </message>
    <message>
        <source>Demo data written to %1 (seed %2, last %3 days) in %4 s:</source>
        <translation>Демо данните са записани в %1 (seed %2, последните %3 дни) за %4 с:</translation>
    </message>
</context>
<context>
    <name>lr::cli::IntakeCommands</name>
    <message>
        <source>--map takes &quot;Header=field&quot;, not &quot;%1&quot;.</source>
        <translation>--map приема &quot;Header=field&quot;, а не „%1“.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Файлът %1 не може да бъде прочетен: %2</translation>
    </message>
    <message>
        <source>--bind needs an IP address, not &quot;%1&quot;.</source>
        <translation>--bind изисква IP адрес, а не „%1“.</translation>
    </message>
    <message>
        <source>--port needs a number from 0 to 65535.</source>
        <translation>--port изисква число от 0 до 65535.</translation>
    </message>
    <message numerus="yes">
        <source>Processed %n submission(s) left from an earlier run.</source>
        <translation>
            <numerusform>Обработена е %n заявка, останала от предишно изпълнение.</numerusform>
            <numerusform>Обработени са %n заявки, останали от предишно изпълнение.</numerusform>
        </translation>
    </message>
    <message>
        <source>Listening on http://%1:%2 (POST /v1/submissions, GET /v1/health)</source>
        <translation>Слушане на http://%1:%2 (POST /v1/submissions, GET /v1/health)</translation>
    </message>
    <message>
        <source>Warning: no --token given; any local program can submit leads.</source>
        <translation>Внимание: не е зададен --token; всяка локална програма може да изпраща лийдове.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Спряно.</translation>
    </message>
</context>
<context>
    <name>lr::cli::LeadExporter</name>
    <message>
        <source>Could not write the export (is the disk full or the pipe closed?).</source>
        <translation>Експортът не можа да бъде записан (дали дискът не е пълен или каналът е затворен?).</translation>
    </message>
</context>
<context>
    <name>lr::cli::UsersCommand</name>
    <message>
        <source>&quot;users add&quot; needs --%1.</source>
        <translation>„users add“ изисква опцията --%1.</translation>
    </message>
    <message>
        <source>--role is rep, manager or admin, not &quot;%1&quot;.</source>
        <translation>--role приема rep, manager или admin, а не „%1“.</translation>
    </message>
    <message>
        <source>--territories takes two-letter country codes (DE,AT), not &quot;%1&quot;.</source>
        <translation>--territories приема двубуквени кодове на държави (DE,AT), а не „%1“.</translation>
    </message>
    <message>
        <source>--languages takes two-letter language codes (de,en), not &quot;%1&quot;.</source>
        <translation>--languages приема двубуквени кодове на езици (de,en), а не „%1“.</translation>
    </message>
    <message>
        <source>--capacity needs a whole number of open leads from 0 to 100000.</source>
        <translation>--capacity изисква цял брой отворени лийдове от 0 до 100000.</translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot;; use an IANA name such as Europe/Berlin.</source>
        <translation>Непозната часова зона „%1“; използвайте име от IANA, например Europe/Berlin.</translation>
    </message>
    <message>
        <source>--segment is smb, mid_market or enterprise, not &quot;%1&quot;.</source>
        <translation>--segment приема smb, mid_market или enterprise, а не „%1“.</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>неактивен</translation>
    </message>
    <message>
        <source>out of office until %1</source>
        <translation>отсъства до %1</translation>
    </message>
    <message>
        <source>active</source>
        <translation>активен</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>ИМЕ</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>ИМЕЙЛ</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>РОЛЯ</translation>
    </message>
    <message>
        <source>TEAM</source>
        <translation>ЕКИП</translation>
    </message>
    <message>
        <source>TERRITORIES</source>
        <translation>ТЕРИТОРИИ</translation>
    </message>
    <message>
        <source>LANGUAGES</source>
        <translation>ЕЗИЦИ</translation>
    </message>
    <message>
        <source>CAPACITY</source>
        <translation>КАПАЦИТЕТ</translation>
    </message>
    <message>
        <source>TIME ZONE</source>
        <translation>ЧАСОВА ЗОНА</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>СТАТУС</translation>
    </message>
    <message>
        <source>No users yet. Add one with: leadrelayctl users add --name NAME --email EMAIL --role admin</source>
        <translation>Все още няма потребители. Добавете потребител с: leadrelayctl users add --name NAME --email EMAIL --role admin</translation>
    </message>
    <message>
        <source>There is no team &quot;%1&quot;; the database has no teams yet.</source>
        <translation>Няма екип „%1“; в базата данни все още няма екипи.</translation>
    </message>
    <message>
        <source>There is no team &quot;%1&quot;. Known teams: %2.</source>
        <translation>Няма екип „%1“. Известни екипи: %2.</translation>
    </message>
    <message>
        <source>Added user %1: %2 &lt;%3&gt;, %4%5.</source>
        <translation>Добавен е потребител %1: %2 &lt;%3&gt;, %4%5.</translation>
    </message>
    <message>
        <source> in team %1</source>
        <translation> в екип %1</translation>
    </message>
    <message>
        <source>%1 now manages the team %2.</source>
        <translation>%1 вече ръководи екипа %2.</translation>
    </message>
</context>
<context>
    <name>lr::sql</name>
    <message>
        <source>The database is locked by another process. Close the other program and try again.</source>
        <translation>Базата данни е заключена от друг процес. Затворете другата програма и опитайте отново.</translation>
    </message>
    <message>
        <source>The database is read-only. Check the file&apos;s permissions.</source>
        <translation>Базата данни е само за четене. Проверете правата за достъп до файла.</translation>
    </message>
    <message>
        <source>The database could not be read or written (input/output error): %1</source>
        <translation>Базата данни не можа да бъде прочетена или записана (входно-изходна грешка): %1</translation>
    </message>
    <message>
        <source>The disk is full. Free some space; nothing was saved.</source>
        <translation>Дискът е пълен. Освободете място; нищо не е запазено.</translation>
    </message>
    <message>
        <source>The file is not a LeadRelay database.</source>
        <translation>Файлът не е база данни на LeadRelay.</translation>
    </message>
    <message>
        <source>The change breaks a data rule: %1</source>
        <translation>Промяната нарушава правило за данните: %1</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>Грешка в базата данни: %1</translation>
    </message>
</context>
<context>
    <name>lr::ui::AboutDialog</name>
    <message>
        <source>About LeadRelay</source>
        <translation>За LeadRelay</translation>
    </message>
    <message>
        <source>LeadRelay %1</source>
        <translation>LeadRelay %1</translation>
    </message>
    <message>
        <source>A sales-ops console for inbound leads: capture, qualify, route and follow up, so that the right rep answers every lead within minutes.</source>
        <translation>Конзола за управление на продажбите за входящи лийдове: прихващане, квалифициране, разпределяне и проследяване, така че подходящият търговец да отговори на всеки лийд в рамките на минути.</translation>
    </message>
    <message>
        <source>Built with Qt %1 (running on Qt %2).</source>
        <translation>Създадено с Qt %1 (работи с Qt %2).</translation>
    </message>
    <message>
        <source>LeadRelay uses the Qt toolkit under the GNU LGPL version 3 and SQLite, which is in the public domain. Your data stays in a local database file that belongs to you.</source>
        <translation>LeadRelay използва библиотеката Qt по лиценза GNU LGPL версия 3 и SQLite, който е обществено достояние. Данните ви остават в локален файл с база данни, който принадлежи на вас.</translation>
    </message>
</context>
<context>
    <name>lr::ui::Format</name>
    <message>
        <source>just now</source>
        <translation>току-що</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>преди %n мин</numerusform>
            <numerusform>преди %n мин</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n min</source>
        <translation>
            <numerusform>след %n мин</numerusform>
            <numerusform>след %n мин</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>преди %n ч</numerusform>
            <numerusform>преди %n ч</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n h</source>
        <translation>
            <numerusform>след %n ч</numerusform>
            <numerusform>след %n ч</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>вчера</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>утре</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>преди %n ден</numerusform>
            <numerusform>преди %n дни</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>след %n ден</numerusform>
            <numerusform>след %n дни</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n сек</numerusform>
            <numerusform>%n сек</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n ч</numerusform>
            <numerusform>%n ч</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message numerus="yes">
        <source>%n day</source>
        <translation>
            <numerusform>%n ден</numerusform>
            <numerusform>%n дни</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n ден</numerusform>
            <numerusform>%n дни</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead</source>
        <translation>
            <numerusform>%Ln лийд</numerusform>
            <numerusform>%Ln лийда</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln leads</source>
        <translation>
            <numerusform>%Ln лийд</numerusform>
            <numerusform>%Ln лийда</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lr::ui::LeadDetailPanel</name>
    <message>
        <source>Select a lead to see its details</source>
        <translation>Изберете лийд, за да видите подробностите</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Имейл</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Длъжност</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Домейн</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Държава</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Език</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Произход</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Източник</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Отговорник</translation>
    </message>
    <message>
        <source>UTM source</source>
        <translation>UTM източник</translation>
    </message>
    <message>
        <source>UTM medium</source>
        <translation>UTM канал</translation>
    </message>
    <message>
        <source>UTM campaign</source>
        <translation>UTM кампания</translation>
    </message>
    <message>
        <source>Landing page</source>
        <translation>Целева страница</translation>
    </message>
    <message>
        <source>Form ID</source>
        <translation>ID на формуляра</translation>
    </message>
    <message>
        <source>Form type</source>
        <translation>Вид формуляр</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Изпратено</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Въпрос</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Реакция</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Създаден</translation>
    </message>
    <message>
        <source>First touch</source>
        <translation>Първи контакт</translation>
    </message>
    <message>
        <source>TIMELINE · %1</source>
        <translation>ХРОНОЛОГИЯ · %1</translation>
    </message>
    <message>
        <source>Score %1</source>
        <translation>Оценка %1</translation>
    </message>
    <message>
        <source>Score %1 · %2</source>
        <translation>Оценка %1 · %2</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Без отговорник</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Все още не</translation>
    </message>
    <message>
        <source>%1 (after %2)</source>
        <translation>%1 (след %2)</translation>
    </message>
</context>
<context>
    <name>lr::ui::LeadFilterBar</name>
    <message>
        <source>Search name, email or company…</source>
        <translation>Търсене по име, имейл или компания…</translation>
    </message>
    <message>
        <source>Find leads by the start of a name, email or company (Ctrl+F)</source>
        <translation>Търсене на лийдове по началото на име, имейл или компания (Ctrl+F)</translation>
    </message>
    <message>
        <source>Show the leads of one owner</source>
        <translation>Показване на лийдовете на избран отговорник</translation>
    </message>
    <message>
        <source>Show leads in one status</source>
        <translation>Показване на лийдовете с избран статус</translation>
    </message>
    <message>
        <source>Show leads from one source</source>
        <translation>Показване на лийдовете от избран източник</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Изчистване на филтрите</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Всички статуси</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Всички източници</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Всички отговорници</translation>
    </message>
</context>
<context>
    <name>lr::ui::LeadListPage</name>
    <message>
        <source>Fit Columns to Width</source>
        <translation>Напасване на колоните по ширина</translation>
    </message>
    <message>
        <source>No leads match these filters.
Clear the search or pick other filters.</source>
        <translation>Няма лийдове, отговарящи на тези филтри.
Изчистете търсенето или изберете други филтри.</translation>
    </message>
    <message>
        <source>No leads yet.
Leads you may see appear here as soon as they arrive.</source>
        <translation>Все още няма лийдове.
Лийдовете, до които имате достъп, ще се появяват тук веднага щом постъпят.</translation>
    </message>
</context>
<context>
    <name>lr::ui::LeadTableModel</name>
    <message>
        <source>Name</source>
        <translation>Име</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Имейл</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Източник</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Отговорник</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Държава</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Създаден</translation>
    </message>
</context>
<context>
    <name>lr::ui::MainWindow</name>
    <message>
        <source>Leads</source>
        <translation>Лийдове</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Екип</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Switch User…</source>
        <translation>&amp;Смяна на потребител…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Изход</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Изглед</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновяване</translation>
    </message>
    <message>
        <source>&amp;Find Leads</source>
        <translation>&amp;Търсене на лийдове</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Помощ</translation>
    </message>
    <message>
        <source>&amp;About LeadRelay</source>
        <translation>&amp;За LeadRelay</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>За &amp;Qt</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>База данни: %1</translation>
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
        <translation>Общо %1</translation>
    </message>
</context>
<context>
    <name>lr::ui::SignInDialog</name>
    <message>
        <source>Sign in to LeadRelay</source>
        <translation>Вход в LeadRelay</translation>
    </message>
    <message>
        <source>Who is working today?</source>
        <translation>Кой работи днес?</translation>
    </message>
    <message>
        <source>Pick your name. Reps see their own leads, managers their team, administrators everything.</source>
        <translation>Изберете името си. Търговците виждат своите лийдове, мениджърите – тези на екипа си, администраторите – всичко.</translation>
    </message>
    <message>
        <source>Filter by name, role or team…</source>
        <translation>Филтриране по име, роля или екип…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Име</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роля</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Екип</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Вход</translation>
    </message>
</context>
<context>
    <name>lr::ui::SignInFlow</name>
    <message>
        <source>%1 is no longer active; pick another user.</source>
        <translation>Потребител %1 вече не е активен; изберете друг потребител.</translation>
    </message>
    <message>
        <source>No user with the e-mail %1; pick a user.</source>
        <translation>Няма потребител с имейл %1; изберете потребител.</translation>
    </message>
    <message>
        <source>This database has no active users yet, so nobody can sign in.</source>
        <translation>В тази база данни все още няма активни потребители, така че никой не може да влезе.</translation>
    </message>
</context>
<context>
    <name>lr::ui::TeamPage</name>
    <message>
        <source>Team</source>
        <translation>Екип</translation>
    </message>
    <message numerus="yes">
        <source>%n person you can see</source>
        <translation>
            <numerusform>Виждате %n човек</numerusform>
            <numerusform>Виждате %n души</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people you can see</source>
        <translation>
            <numerusform>Виждате %n човек</numerusform>
            <numerusform>Виждате %n души</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lr::ui::TeamTableModel</name>
    <message>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Неактивен</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>До %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Име</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роля</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Екип</translation>
    </message>
    <message>
        <source>Territories</source>
        <translation>Територии</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Езици</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Капацитет</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Out of office</source>
        <translation>Отсъствие</translation>
    </message>
</context>
<context>
    <name>lr::ui::TimelineBuilder</name>
    <message>
        <source>Lead created</source>
        <translation>Лийдът е създаден</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Източник: %1</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Възложен</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Възложен на %1</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Статусът е променен</translation>
    </message>
    <message>
        <source>Status changed to %1</source>
        <translation>Статусът е променен на „%1“</translation>
    </message>
    <message>
        <source>was %1</source>
        <translation>преди: %1</translation>
    </message>
    <message>
        <source>First touch</source>
        <translation>Първи контакт</translation>
    </message>
    <message>
        <source>%1 after the lead arrived</source>
        <translation>%1 след постъпването на лийда</translation>
    </message>
    <message>
        <source>Viewed a page</source>
        <translation>Преглед на страница</translation>
    </message>
    <message>
        <source>Viewed %1</source>
        <translation>Преглед на %1</translation>
    </message>
    <message>
        <source>Submitted a form</source>
        <translation>Изпратен формуляр</translation>
    </message>
    <message>
        <source>Submitted form %1</source>
        <translation>Изпратен формуляр %1</translation>
    </message>
    <message>
        <source>Opened an email</source>
        <translation>Отворен имейл</translation>
    </message>
    <message>
        <source>Clicked a link in an email</source>
        <translation>Щракване върху връзка в имейл</translation>
    </message>
    <message>
        <source>Replied to an email</source>
        <translation>Отговор на имейл</translation>
    </message>
    <message>
        <source>Meeting booked</source>
        <translation>Насрочена среща</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>за %1</translation>
    </message>
    <message>
        <source>Meeting held</source>
        <translation>Проведена среща</translation>
    </message>
    <message>
        <source>Missed meeting (no-show)</source>
        <translation>Пропусната среща (неявяване)</translation>
    </message>
    <message>
        <source>Task created</source>
        <translation>Създадена задача</translation>
    </message>
    <message>
        <source>Task: %1</source>
        <translation>Задача: %1</translation>
    </message>
    <message>
        <source>Task completed</source>
        <translation>Изпълнена задача</translation>
    </message>
    <message>
        <source>Task done: %1</source>
        <translation>Изпълнена задача: %1</translation>
    </message>
    <message>
        <source>%1 logged</source>
        <translation>Регистрирана активност: %1</translation>
    </message>
    <message>
        <source>Activity logged</source>
        <translation>Регистрирана активност</translation>
    </message>
    <message>
        <source>Deal created</source>
        <translation>Създадена сделка</translation>
    </message>
    <message>
        <source>Deal created: %1</source>
        <translation>Създадена сделка: %1</translation>
    </message>
    <message>
        <source>Deal moved to another stage</source>
        <translation>Сделката е преместена в друг етап</translation>
    </message>
    <message>
        <source>Deal moved to %1</source>
        <translation>Сделката е преместена в етап „%1“</translation>
    </message>
    <message>
        <source>Call logged</source>
        <translation>Регистрирано обаждане</translation>
    </message>
    <message>
        <source>Email logged</source>
        <translation>Регистриран имейл</translation>
    </message>
    <message>
        <source>Meeting logged</source>
        <translation>Регистрирана среща</translation>
    </message>
    <message>
        <source>Note added</source>
        <translation>Добавена бележка</translation>
    </message>
    <message>
        <source>SMS logged</source>
        <translation>Регистриран SMS</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>срок: %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>от %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>LeadRelay sales-ops console</source>
        <translation>LeadRelay – конзола за управление на продажбите</translation>
    </message>
    <message>
        <source>Database file (default: $LEADRELAY_DB, else leadrelay.db in the app data folder).</source>
        <translation>Файл на базата данни (по подразбиране: $LEADRELAY_DB, иначе leadrelay.db в папката с данни на приложението).</translation>
    </message>
    <message>
        <source>Interface language: en, bg, ru or pl.</source>
        <translation>Език на интерфейса: en, bg, ru или pl.</translation>
    </message>
    <message>
        <source>Fill an empty database with demo data (a new database file always gets it).</source>
        <translation>Попълване на празна база данни с демо данни (новият файл за база данни винаги ги получава).</translation>
    </message>
    <message>
        <source>Sign in as this user, skipping the picker.</source>
        <translation>Вход като този потребител, без избор от списъка.</translation>
    </message>
    <message>
        <source>LeadRelay</source>
        <translation>LeadRelay</translation>
    </message>
    <message>
        <source>Cannot open the database %1.

%2</source>
        <translation>Базата данни %1 не може да бъде отворена.

%2</translation>
    </message>
    <message>
        <source>Demo data was not created: %1</source>
        <translation>Демо данните не бяха създадени: %1</translation>
    </message>
</context>
</TS>
