<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>lr</name>
    <message>
        <source>Sales rep</source>
        <translation>Менеджер по продажам</translation>
    </message>
    <message>
        <source>Sales manager</source>
        <translation>Руководитель отдела продаж</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новый</translation>
    </message>
    <message>
        <source>Attempting contact</source>
        <translation>Попытка связи</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>На связи</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Квалифицирован</translation>
    </message>
    <message>
        <source>Nurture</source>
        <translation>Прогрев</translation>
    </message>
    <message>
        <source>Disqualified</source>
        <translation>Дисквалифицирован</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Конвертирован</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Веб-форма</translation>
    </message>
    <message>
        <source>CSV import</source>
        <translation>Импорт из CSV</translation>
    </message>
    <message>
        <source>Manual entry</source>
        <translation>Ручной ввод</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Чат</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Рекомендация</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Paid ads</source>
        <translation>Платная реклама</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
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
        <translation>Компания с доменом %1 уже существует.</translation>
    </message>
</context>
<context>
    <name>lr::CsvLeadImporter</name>
    <message>
        <source>The file is empty: it has no header row.</source>
        <translation>Файл пуст: в нём нет строки заголовков.</translation>
    </message>
    <message>
        <source>No email column found.</source>
        <translation>Не найден столбец с адресом электронной почты.</translation>
    </message>
</context>
<context>
    <name>lr::CsvReader</name>
    <message>
        <source>A quoted field that starts on line %1 is never closed.</source>
        <translation>Поле в кавычках, начинающееся в строке %1, не закрыто.</translation>
    </message>
</context>
<context>
    <name>lr::Database</name>
    <message>
        <source>Cannot read the database file %1.</source>
        <translation>Не удаётся прочитать файл базы данных %1.</translation>
    </message>
    <message>
        <source>%1 is not a LeadRelay database (it is not an SQLite file). Nothing was changed.</source>
        <translation>%1 не является базой данных LeadRelay (это не файл SQLite). Ничего не изменено.</translation>
    </message>
    <message>
        <source>The database %1 is read-only. LeadRelay needs to write to the file and its folder.</source>
        <translation>База данных %1 доступна только для чтения. LeadRelay требуется право записи в файл и в его папку.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Не удаётся создать папку %1.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Не удаётся открыть базу данных %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the database %1: %2</source>
        <translation>Не удаётся прочитать базу данных %1: %2</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer LeadRelay (schema %2; this version knows up to %3). Update LeadRelay to open it. Nothing was changed.</source>
        <translation>База данных %1 записана более новой версией LeadRelay (схема %2; эта версия поддерживает схемы до %3). Обновите LeadRelay, чтобы открыть её. Ничего не изменено.</translation>
    </message>
    <message>
        <source>Migration %1 is missing from this build.</source>
        <translation>Миграция %1 отсутствует в этой сборке.</translation>
    </message>
    <message>
        <source>Migration %1 failed: %2</source>
        <translation>Ошибка миграции %1: %2</translation>
    </message>
</context>
<context>
    <name>lr::DealRepository</name>
    <message>
        <source>A deal needs a title.</source>
        <translation>У сделки должно быть название.</translation>
    </message>
    <message>
        <source>A deal&apos;s value cannot be negative.</source>
        <translation>Сумма сделки не может быть отрицательной.</translation>
    </message>
    <message>
        <source>Deal %1 does not exist.</source>
        <translation>Сделка %1 не существует.</translation>
    </message>
</context>
<context>
    <name>lr::DemoDataGenerator</name>
    <message>
        <source>The number of demo leads must be between 0 and %1.</source>
        <translation>Количество демонстрационных лидов должно быть от 0 до %1.</translation>
    </message>
    <message>
        <source>The demo period must be between 1 and 3650 days.</source>
        <translation>Демонстрационный период должен составлять от 1 до 3650 дней.</translation>
    </message>
    <message>
        <source>The database already has users. Demo data is only generated into an empty database, so that it never mixes with real data; use a new database file.</source>
        <translation>В базе данных уже есть пользователи. Демонстрационные данные создаются только в пустой базе, чтобы они никогда не смешивались с реальными; используйте новый файл базы данных.</translation>
    </message>
    <message>
        <source>Cannot write the demo data: %1</source>
        <translation>Не удаётся записать демонстрационные данные: %1</translation>
    </message>
    <message>
        <source>The demo data could not be written: %1</source>
        <translation>Не удалось записать демонстрационные данные: %1</translation>
    </message>
    <message>
        <source>The demo data could not be saved: %1</source>
        <translation>Не удалось сохранить демонстрационные данные: %1</translation>
    </message>
</context>
<context>
    <name>lr::EmailValidator</name>
    <message>
        <source>No email address.</source>
        <translation>Адрес электронной почты не указан.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no @ sign.</source>
        <translation>В «%1» нет знака @.</translation>
    </message>
    <message>
        <source>The part before the @ in &quot;%1&quot; is not valid.</source>
        <translation>Часть до @ в «%1» некорректна.</translation>
    </message>
    <message>
        <source>The domain of &quot;%1&quot; is not valid.</source>
        <translation>Домен в «%1» некорректен.</translation>
    </message>
    <message>
        <source>%1 looks like a test or placeholder address.</source>
        <translation>%1 похож на тестовый адрес или заглушку.</translation>
    </message>
    <message>
        <source>%1 is a disposable (throwaway) mail domain.</source>
        <translation>%1 — домен одноразовой (временной) почты.</translation>
    </message>
</context>
<context>
    <name>lr::IntakeJournal</name>
    <message>
        <source>Journal entry %1 does not exist.</source>
        <translation>Запись журнала %1 не существует.</translation>
    </message>
    <message>
        <source>Only quarantined or failed entries can be fixed.</source>
        <translation>Исправить можно только записи в карантине или с ошибкой.</translation>
    </message>
</context>
<context>
    <name>lr::IntakeProcessor</name>
    <message>
        <source>The submission could not be stored: %1</source>
        <translation>Не удалось сохранить заявку: %1</translation>
    </message>
    <message>
        <source>The submission is not a JSON object: %1</source>
        <translation>Заявка не является объектом JSON: %1</translation>
    </message>
    <message>
        <source>The submission time &quot;%1&quot; is not a date.</source>
        <translation>Время заявки «%1» не является датой.</translation>
    </message>
</context>
<context>
    <name>lr::LeadFieldMap</name>
    <message>
        <source>&quot;%1&quot; is not a lead field. Known fields: %2.</source>
        <translation>«%1» не является полем лида. Известные поля: %2.</translation>
    </message>
    <message>
        <source>No email column found. Columns: %1. Map one with --map &quot;Header=email&quot;.</source>
        <translation>Не найден столбец с адресом электронной почты. Столбцы: %1. Сопоставьте один из них с помощью --map &quot;Header=email&quot;.</translation>
    </message>
</context>
<context>
    <name>lr::LeadRepository</name>
    <message>
        <source>Lead %1 does not exist.</source>
        <translation>Лид %1 не существует.</translation>
    </message>
</context>
<context>
    <name>lr::PhoneNormaliser</name>
    <message>
        <source>No phone number.</source>
        <translation>Номер телефона не указан.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no country code and the lead has no country.</source>
        <translation>В «%1» нет кода страны, а у лида не указана страна.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an unknown country code.</source>
        <translation>В «%1» неизвестный код страны.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too short to be a phone number.</source>
        <translation>«%1» слишком короткий для номера телефона.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too long to be a phone number.</source>
        <translation>«%1» слишком длинный для номера телефона.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation>«%1» не является номером телефона.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too short for a phone number in %2.</source>
        <translation>«%1» слишком короткий для номера телефона в регионе %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too long for a phone number in %2.</source>
        <translation>«%1» слишком длинный для номера телефона в регионе %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid phone number.</source>
        <translation>«%1» — недействительный номер телефона.</translation>
    </message>
</context>
<context>
    <name>lr::TaskRepository</name>
    <message>
        <source>Task %1 is not open.</source>
        <translation>Задача %1 не открыта.</translation>
    </message>
</context>
<context>
    <name>lr::TeamRepository</name>
    <message>
        <source>A team needs a name.</source>
        <translation>У команды должно быть название.</translation>
    </message>
    <message>
        <source>A team named %1 already exists.</source>
        <translation>Команда с названием %1 уже существует.</translation>
    </message>
    <message>
        <source>Team %1 does not exist.</source>
        <translation>Команда %1 не существует.</translation>
    </message>
</context>
<context>
    <name>lr::UserRepository</name>
    <message>
        <source>A user needs a name.</source>
        <translation>У пользователя должно быть имя.</translation>
    </message>
    <message>
        <source>A user needs a valid email address.</source>
        <translation>У пользователя должен быть действительный адрес электронной почты.</translation>
    </message>
    <message>
        <source>A user with the email %1 already exists.</source>
        <translation>Пользователь с адресом %1 уже существует.</translation>
    </message>
    <message>
        <source>User %1 does not exist.</source>
        <translation>Пользователь %1 не существует.</translation>
    </message>
    <message>
        <source>An absence must end after it starts.</source>
        <translation>Отсутствие должно заканчиваться позже, чем начинается.</translation>
    </message>
</context>
<context>
    <name>lr::WebhookServer</name>
    <message>
        <source>Cannot listen on %1:%2 (is the port in use?)</source>
        <translation>Не удаётся начать прослушивание %1:%2 (возможно, порт занят?)</translation>
    </message>
    <message>
        <source>Missing or wrong bearer token.</source>
        <translation>Токен bearer отсутствует или неверен.</translation>
    </message>
    <message>
        <source>Send the form fields as application/json.</source>
        <translation>Отправляйте поля формы в формате application/json.</translation>
    </message>
    <message>
        <source>The body is larger than %1 KiB.</source>
        <translation>Тело запроса больше %1 КиБ.</translation>
    </message>
    <message>
        <source>The body is not valid JSON: %1</source>
        <translation>Тело запроса не является корректным JSON: %1</translation>
    </message>
    <message>
        <source>The body must be a JSON object of form fields.</source>
        <translation>Тело запроса должно быть объектом JSON с полями формы.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be a text, number or boolean.</source>
        <translation>Поле «%1» должно быть строкой, числом или логическим значением.</translation>
    </message>
    <message>
        <source>Use POST.</source>
        <translation>Используйте POST.</translation>
    </message>
</context>
<context>
    <name>lr::cli::CommandLine</name>
    <message>
        <source>Unknown option %1.</source>
        <translation>Неизвестный параметр %1.</translation>
    </message>
    <message>
        <source>Option --%1 takes no value.</source>
        <translation>Параметр --%1 не принимает значения.</translation>
    </message>
    <message>
        <source>Option --%1 needs a value.</source>
        <translation>Для параметра --%1 требуется значение.</translation>
    </message>
    <message>
        <source>Option --%1 is given twice.</source>
        <translation>Параметр --%1 указан дважды.</translation>
    </message>
    <message>
        <source>Unknown option --%1.</source>
        <translation>Неизвестный параметр --%1.</translation>
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
        <translation>Использование: leadrelayctl [--db PATH] COMMAND [OPTIONS]

Консоль LeadRelay без графического интерфейса: создание базы данных, загрузка демонстрационных
данных, управление пользователями, экспорт лидов.

Команды:
  init                  Создать базу данных (или обновить её до последней схемы);
                        вывести её путь и версию схемы.
  demo [--seed N] [--leads N] [--days N] [--now TIME] [--format text|json]
                        Заполнить пустую базу данных демонстрационной командой продаж
                        и историей лидов (по умолчанию: 3000 лидов за последние 90 дней).
  users list [--format table|json]
                        Вывести список пользователей.
  users add --name NAME --email EMAIL --role rep|manager|admin [--team TEAM]
            [--territories DE,AT] [--languages de,en] [--segment smb|mid_market|enterprise]
            [--capacity N] [--timezone Europe/Berlin]
                        Добавить пользователя в существующую команду.
  export leads [--format csv|json] [--as EMAIL]
                        Записать все лиды в стандартный вывод (JSON, если не указано
                        --format csv); с --as экспортируется только то, что доступно
                        этому пользователю.
  import leads FILE [--map &quot;Header=field&quot;]... [--source NAME]
                        Импортировать CSV-файл с лидами (экспорт из HubSpot, Salesforce,
                        Pipedrive или электронной таблицы): каждая строка записывается
                        в журнал, проверяется и дедуплицируется; выводится сводка в JSON
                        {rows, created, merged, quarantined, errors}.
  serve [--bind 127.0.0.1] [--port 8088] [--token T]
                        Запустить приём заявок через вебхук (POST /v1/submissions,
                        GET /v1/health) до прерывания; токен также можно задать
                        в $LEADRELAY_TOKEN.
  help                  Показать эту справку.

Параметры:
  --db PATH             Файл базы данных. По умолчанию: $LEADRELAY_DB, иначе
                        %1
  -h, --help            Показать эту справку.
  --version             Показать версию.

Коды завершения: 0 — успех; 1 — ошибка выполнения команды (сообщение выводится в стандартный
поток ошибок); 2 — неверная командная строка (неизвестная команда или параметр, отсутствующий
или недопустимый аргумент).
</translation>
    </message>
    <message>
        <source>No database path: pass --db PATH or set LEADRELAY_DB.</source>
        <translation>Не указан путь к базе данных: передайте --db PATH или задайте LEADRELAY_DB.</translation>
    </message>
    <message>
        <source>There is no LeadRelay database at %1. Create one with: leadrelayctl --db %1 init</source>
        <translation>По пути %1 нет базы данных LeadRelay. Создайте её командой: leadrelayctl --db %1 init</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Команда не указана.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Неизвестная команда «%1».</translation>
    </message>
    <message>
        <source>The option --%1 does not apply to &quot;init&quot;.</source>
        <translation>Параметр --%1 неприменим к команде «init».</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Неожиданный аргумент «%1».</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>База данных: %1</translation>
    </message>
    <message>
        <source>Created database: %1</source>
        <translation>Создана база данных: %1</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>Версия схемы: %1</translation>
    </message>
    <message>
        <source>The option --%1 does not apply to &quot;demo&quot;.</source>
        <translation>Параметр --%1 неприменим к команде «demo».</translation>
    </message>
    <message>
        <source>&quot;users&quot; needs a subcommand: list or add.</source>
        <translation>Для «users» требуется подкоманда: list или add.</translation>
    </message>
    <message>
        <source>The option --%1 does not apply to &quot;users list&quot;.</source>
        <translation>Параметр --%1 неприменим к команде «users list».</translation>
    </message>
    <message>
        <source>--format for &quot;users list&quot; is table or json, not &quot;%1&quot;.</source>
        <translation>--format для «users list» принимает значения table или json, а не «%1».</translation>
    </message>
    <message>
        <source>The option --%1 does not apply to &quot;users add&quot;.</source>
        <translation>Параметр --%1 неприменим к команде «users add».</translation>
    </message>
    <message>
        <source>Unknown subcommand &quot;users %1&quot;.</source>
        <translation>Неизвестная подкоманда «users %1».</translation>
    </message>
    <message>
        <source>&quot;export&quot; needs to know what: export leads.</source>
        <translation>Для «export» укажите, что экспортировать: export leads.</translation>
    </message>
    <message>
        <source>Cannot export &quot;%1&quot;; only leads.</source>
        <translation>Невозможно экспортировать «%1»; поддерживается только leads.</translation>
    </message>
    <message>
        <source>The option --%1 does not apply to &quot;export leads&quot;.</source>
        <translation>Параметр --%1 неприменим к команде «export leads».</translation>
    </message>
    <message>
        <source>--format for &quot;export leads&quot; is csv or json, not &quot;%1&quot;.</source>
        <translation>--format для «export leads» принимает значения csv или json, а не «%1».</translation>
    </message>
    <message>
        <source>--as needs the email of a user.</source>
        <translation>Для --as требуется адрес электронной почты пользователя.</translation>
    </message>
    <message>
        <source>There is no user with the email %1.</source>
        <translation>Пользователь с адресом %1 не найден.</translation>
    </message>
    <message>
        <source>&quot;import&quot; needs to know what: import leads FILE.</source>
        <translation>Для «import» укажите, что импортировать: import leads FILE.</translation>
    </message>
    <message>
        <source>&quot;import leads&quot; needs the CSV file to read.</source>
        <translation>Для «import leads» требуется CSV-файл для чтения.</translation>
    </message>
    <message>
        <source>The option --%1 does not apply to &quot;import leads&quot;.</source>
        <translation>Параметр --%1 неприменим к команде «import leads».</translation>
    </message>
    <message>
        <source>The option --%1 does not apply to &quot;serve&quot;.</source>
        <translation>Параметр --%1 неприменим к команде «serve».</translation>
    </message>
</context>
<context>
    <name>lr::cli::DemoCommand</name>
    <message>
        <source>--seed needs a whole number from 0 to 4294967295.</source>
        <translation>Для --seed требуется целое число от 0 до 4294967295.</translation>
    </message>
    <message>
        <source>--leads needs a whole number from 0 to %1.</source>
        <translation>Для --leads требуется целое число от 0 до %1.</translation>
    </message>
    <message>
        <source>--days needs a whole number from 1 to 3650.</source>
        <translation>Для --days требуется целое число от 1 до 3650.</translation>
    </message>
    <message>
        <source>--now needs an ISO 8601 time such as 2026-11-23T09:00:00Z.</source>
        <translation>Для --now требуется время в формате ISO 8601, например 2026-11-23T09:00:00Z.</translation>
    </message>
    <message>
        <source>--format for &quot;demo&quot; is text or json, not &quot;%1&quot;.</source>
        <translation>--format для «demo» принимает значения text или json, а не «%1».</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Команды</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Компании</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Лиды</translation>
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
        <translation>Встречи</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <source>Demo data written to %1 (seed %2, last %3 days) in %4 s:</source>
        <translation>Демонстрационные данные записаны в %1 (seed %2, последние %3 дн.) за %4 с:</translation>
    </message>
</context>
<context>
    <name>lr::cli::IntakeCommands</name>
    <message>
        <source>--map takes &quot;Header=field&quot;, not &quot;%1&quot;.</source>
        <translation>--map принимает &quot;Header=field&quot;, а не «%1».</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>--bind needs an IP address, not &quot;%1&quot;.</source>
        <translation>Для --bind требуется IP-адрес, а не «%1».</translation>
    </message>
    <message>
        <source>--port needs a number from 0 to 65535.</source>
        <translation>Для --port требуется число от 0 до 65535.</translation>
    </message>
    <message numerus="yes">
        <source>Processed %n submission(s) left from an earlier run.</source>
        <translation>
            <numerusform>Обработана %n заявка, оставшаяся с предыдущего запуска.</numerusform>
            <numerusform>Обработаны %n заявки, оставшиеся с предыдущего запуска.</numerusform>
            <numerusform>Обработано %n заявок, оставшихся с предыдущего запуска.</numerusform>
        </translation>
    </message>
    <message>
        <source>Listening on http://%1:%2 (POST /v1/submissions, GET /v1/health)</source>
        <translation>Ожидание подключений на http://%1:%2 (POST /v1/submissions, GET /v1/health)</translation>
    </message>
    <message>
        <source>Warning: no --token given; any local program can submit leads.</source>
        <translation>Внимание: --token не указан; любая локальная программа может отправлять лиды.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Остановлено.</translation>
    </message>
</context>
<context>
    <name>lr::cli::LeadExporter</name>
    <message>
        <source>Could not write the export (is the disk full or the pipe closed?).</source>
        <translation>Не удалось записать экспорт (возможно, диск заполнен или канал закрыт?).</translation>
    </message>
</context>
<context>
    <name>lr::cli::UsersCommand</name>
    <message>
        <source>&quot;users add&quot; needs --%1.</source>
        <translation>Для «users add» требуется параметр --%1.</translation>
    </message>
    <message>
        <source>--role is rep, manager or admin, not &quot;%1&quot;.</source>
        <translation>--role принимает значения rep, manager или admin, а не «%1».</translation>
    </message>
    <message>
        <source>--territories takes two-letter country codes (DE,AT), not &quot;%1&quot;.</source>
        <translation>--territories принимает двухбуквенные коды стран (DE,AT), а не «%1».</translation>
    </message>
    <message>
        <source>--languages takes two-letter language codes (de,en), not &quot;%1&quot;.</source>
        <translation>--languages принимает двухбуквенные коды языков (de,en), а не «%1».</translation>
    </message>
    <message>
        <source>--capacity needs a whole number of open leads from 0 to 100000.</source>
        <translation>Для --capacity требуется целое число открытых лидов от 0 до 100000.</translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot;; use an IANA name such as Europe/Berlin.</source>
        <translation>Неизвестный часовой пояс «%1»; используйте имя IANA, например Europe/Berlin.</translation>
    </message>
    <message>
        <source>--segment is smb, mid_market or enterprise, not &quot;%1&quot;.</source>
        <translation>--segment принимает значения smb, mid_market или enterprise, а не «%1».</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>неактивен</translation>
    </message>
    <message>
        <source>out of office until %1</source>
        <translation>отсутствует до %1</translation>
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
        <translation>ИМЯ</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>ЭЛ. ПОЧТА</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>РОЛЬ</translation>
    </message>
    <message>
        <source>TEAM</source>
        <translation>КОМАНДА</translation>
    </message>
    <message>
        <source>TERRITORIES</source>
        <translation>ТЕРРИТОРИИ</translation>
    </message>
    <message>
        <source>LANGUAGES</source>
        <translation>ЯЗЫКИ</translation>
    </message>
    <message>
        <source>CAPACITY</source>
        <translation>ЛИМИТ</translation>
    </message>
    <message>
        <source>TIME ZONE</source>
        <translation>ЧАСОВОЙ ПОЯС</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>СТАТУС</translation>
    </message>
    <message>
        <source>No users yet. Add one with: leadrelayctl users add --name NAME --email EMAIL --role admin</source>
        <translation>Пользователей пока нет. Добавьте пользователя командой: leadrelayctl users add --name NAME --email EMAIL --role admin</translation>
    </message>
    <message>
        <source>There is no team &quot;%1&quot;; the database has no teams yet.</source>
        <translation>Команды «%1» нет; в базе данных пока нет ни одной команды.</translation>
    </message>
    <message>
        <source>There is no team &quot;%1&quot;. Known teams: %2.</source>
        <translation>Команды «%1» нет. Известные команды: %2.</translation>
    </message>
    <message>
        <source>Added user %1: %2 &lt;%3&gt;, %4%5.</source>
        <translation>Добавлен пользователь %1: %2 &lt;%3&gt;, %4%5.</translation>
    </message>
    <message>
        <source> in team %1</source>
        <translation> в команде %1</translation>
    </message>
    <message>
        <source>%1 now manages the team %2.</source>
        <translation>%1 теперь руководит командой %2.</translation>
    </message>
</context>
<context>
    <name>lr::sql</name>
    <message>
        <source>The database is locked by another process. Close the other program and try again.</source>
        <translation>База данных заблокирована другим процессом. Закройте другую программу и повторите попытку.</translation>
    </message>
    <message>
        <source>The database is read-only. Check the file&apos;s permissions.</source>
        <translation>База данных доступна только для чтения. Проверьте права доступа к файлу.</translation>
    </message>
    <message>
        <source>The database could not be read or written (input/output error): %1</source>
        <translation>Не удалось прочитать или записать базу данных (ошибка ввода-вывода): %1</translation>
    </message>
    <message>
        <source>The disk is full. Free some space; nothing was saved.</source>
        <translation>Диск заполнен. Освободите место; ничего не сохранено.</translation>
    </message>
    <message>
        <source>The file is not a LeadRelay database.</source>
        <translation>Файл не является базой данных LeadRelay.</translation>
    </message>
    <message>
        <source>The change breaks a data rule: %1</source>
        <translation>Изменение нарушает ограничение данных: %1</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>Ошибка базы данных: %1</translation>
    </message>
</context>
<context>
    <name>lr::ui::AboutDialog</name>
    <message>
        <source>About LeadRelay</source>
        <translation>О программе LeadRelay</translation>
    </message>
    <message>
        <source>LeadRelay %1</source>
        <translation>LeadRelay %1</translation>
    </message>
    <message>
        <source>A sales-ops console for inbound leads: capture, qualify, route and follow up, so that the right rep answers every lead within minutes.</source>
        <translation>Консоль отдела продаж для входящих лидов: сбор, квалификация, распределение и дальнейшая работа — чтобы нужный менеджер по продажам отвечал на каждый лид в течение нескольких минут.</translation>
    </message>
    <message>
        <source>Built with Qt %1 (running on Qt %2).</source>
        <translation>Собрано с Qt %1 (работает на Qt %2).</translation>
    </message>
    <message>
        <source>LeadRelay uses the Qt toolkit under the GNU LGPL version 3 and SQLite, which is in the public domain. Your data stays in a local database file that belongs to you.</source>
        <translation>LeadRelay использует библиотеку Qt на условиях GNU LGPL версии 3 и SQLite, которая является общественным достоянием. Ваши данные хранятся в локальном файле базы данных, который принадлежит вам.</translation>
    </message>
</context>
<context>
    <name>lr::ui::Format</name>
    <message>
        <source>just now</source>
        <translation>только что</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n мин назад</numerusform>
            <numerusform>%n мин назад</numerusform>
            <numerusform>%n мин назад</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n min</source>
        <translation>
            <numerusform>через %n мин</numerusform>
            <numerusform>через %n мин</numerusform>
            <numerusform>через %n мин</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n ч назад</numerusform>
            <numerusform>%n ч назад</numerusform>
            <numerusform>%n ч назад</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n h</source>
        <translation>
            <numerusform>через %n ч</numerusform>
            <numerusform>через %n ч</numerusform>
            <numerusform>через %n ч</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>вчера</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>завтра</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n день назад</numerusform>
            <numerusform>%n дня назад</numerusform>
            <numerusform>%n дней назад</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>через %n день</numerusform>
            <numerusform>через %n дня</numerusform>
            <numerusform>через %n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n с</numerusform>
            <numerusform>%n с</numerusform>
            <numerusform>%n с</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n ч</numerusform>
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
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead</source>
        <translation>
            <numerusform>%Ln лид</numerusform>
            <numerusform>%Ln лида</numerusform>
            <numerusform>%Ln лидов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln leads</source>
        <translation>
            <numerusform>%Ln лид</numerusform>
            <numerusform>%Ln лида</numerusform>
            <numerusform>%Ln лидов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lr::ui::LeadDetailPanel</name>
    <message>
        <source>Select a lead to see its details</source>
        <translation>Выберите лид, чтобы увидеть подробности</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Домен</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Происхождение</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>UTM source</source>
        <translation>UTM-источник</translation>
    </message>
    <message>
        <source>UTM medium</source>
        <translation>UTM-канал</translation>
    </message>
    <message>
        <source>UTM campaign</source>
        <translation>UTM-кампания</translation>
    </message>
    <message>
        <source>Landing page</source>
        <translation>Посадочная страница</translation>
    </message>
    <message>
        <source>Form ID</source>
        <translation>ID формы</translation>
    </message>
    <message>
        <source>Form type</source>
        <translation>Тип формы</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Реакция</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создан</translation>
    </message>
    <message>
        <source>First touch</source>
        <translation>Первый контакт</translation>
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
        <translation>Не назначен</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Ещё нет</translation>
    </message>
    <message>
        <source>%1 (after %2)</source>
        <translation>%1 (через %2)</translation>
    </message>
</context>
<context>
    <name>lr::ui::LeadFilterBar</name>
    <message>
        <source>Search name, email or company…</source>
        <translation>Поиск по имени, эл. почте или компании…</translation>
    </message>
    <message>
        <source>Find leads by the start of a name, email or company (Ctrl+F)</source>
        <translation>Поиск лидов по началу имени, адреса эл. почты или названия компании (Ctrl+F)</translation>
    </message>
    <message>
        <source>Show the leads of one owner</source>
        <translation>Показать лиды выбранного ответственного</translation>
    </message>
    <message>
        <source>Show leads in one status</source>
        <translation>Показать лиды с выбранным статусом</translation>
    </message>
    <message>
        <source>Show leads from one source</source>
        <translation>Показать лиды из выбранного источника</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Все источники</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Все ответственные</translation>
    </message>
</context>
<context>
    <name>lr::ui::LeadListPage</name>
    <message>
        <source>Fit Columns to Width</source>
        <translation>Подогнать столбцы по ширине</translation>
    </message>
    <message>
        <source>No leads match these filters.
Clear the search or pick other filters.</source>
        <translation>Нет лидов, соответствующих этим фильтрам.
Очистите поиск или выберите другие фильтры.</translation>
    </message>
    <message>
        <source>No leads yet.
Leads you may see appear here as soon as they arrive.</source>
        <translation>Лидов пока нет.
Доступные вам лиды появятся здесь сразу после поступления.</translation>
    </message>
</context>
<context>
    <name>lr::ui::LeadTableModel</name>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создан</translation>
    </message>
</context>
<context>
    <name>lr::ui::MainWindow</name>
    <message>
        <source>Leads</source>
        <translation>Лиды</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Switch User…</source>
        <translation>&amp;Сменить пользователя…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>&amp;Find Leads</source>
        <translation>&amp;Найти лиды</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About LeadRelay</source>
        <translation>&amp;О программе LeadRelay</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>О &amp;Qt</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>База данных: %1</translation>
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
        <translation>Всего %1</translation>
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
        <translation>Кто сегодня работает?</translation>
    </message>
    <message>
        <source>Pick your name. Reps see their own leads, managers their team, administrators everything.</source>
        <translation>Выберите своё имя. Менеджеры по продажам видят свои лиды, руководители — лиды своей команды, администраторы — всё.</translation>
    </message>
    <message>
        <source>Filter by name, role or team…</source>
        <translation>Фильтр по имени, роли или команде…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
</context>
<context>
    <name>lr::ui::SignInFlow</name>
    <message>
        <source>%1 is no longer active; pick another user.</source>
        <translation>Пользователь %1 больше не активен; выберите другого пользователя.</translation>
    </message>
    <message>
        <source>No user with the e-mail %1; pick a user.</source>
        <translation>Пользователь с адресом %1 не найден; выберите пользователя.</translation>
    </message>
    <message>
        <source>This database has no active users yet, so nobody can sign in.</source>
        <translation>В этой базе данных пока нет активных пользователей, поэтому войти никто не может.</translation>
    </message>
</context>
<context>
    <name>lr::ui::TeamPage</name>
    <message>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message numerus="yes">
        <source>%n person you can see</source>
        <translation>
            <numerusform>Вам доступен %n человек</numerusform>
            <numerusform>Вам доступны %n человека</numerusform>
            <numerusform>Вам доступно %n человек</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people you can see</source>
        <translation>
            <numerusform>Вам доступен %n человек</numerusform>
            <numerusform>Вам доступны %n человека</numerusform>
            <numerusform>Вам доступно %n человек</numerusform>
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
        <translation>Имя</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Territories</source>
        <translation>Территории</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Лимит</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Out of office</source>
        <translation>Отсутствие</translation>
    </message>
</context>
<context>
    <name>lr::ui::TimelineBuilder</name>
    <message>
        <source>Lead created</source>
        <translation>Лид создан</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Источник: %1</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Назначен ответственный</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Назначен ответственный: %1</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Статус изменён</translation>
    </message>
    <message>
        <source>Status changed to %1</source>
        <translation>Статус изменён на «%1»</translation>
    </message>
    <message>
        <source>was %1</source>
        <translation>ранее: %1</translation>
    </message>
    <message>
        <source>First touch</source>
        <translation>Первый контакт</translation>
    </message>
    <message>
        <source>%1 after the lead arrived</source>
        <translation>через %1 после поступления лида</translation>
    </message>
    <message>
        <source>Viewed a page</source>
        <translation>Просмотр страницы</translation>
    </message>
    <message>
        <source>Viewed %1</source>
        <translation>Просмотр: %1</translation>
    </message>
    <message>
        <source>Submitted a form</source>
        <translation>Отправлена форма</translation>
    </message>
    <message>
        <source>Submitted form %1</source>
        <translation>Отправлена форма %1</translation>
    </message>
    <message>
        <source>Opened an email</source>
        <translation>Открыто письмо</translation>
    </message>
    <message>
        <source>Clicked a link in an email</source>
        <translation>Переход по ссылке из письма</translation>
    </message>
    <message>
        <source>Replied to an email</source>
        <translation>Ответ на письмо</translation>
    </message>
    <message>
        <source>Meeting booked</source>
        <translation>Назначена встреча</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>на %1</translation>
    </message>
    <message>
        <source>Meeting held</source>
        <translation>Встреча состоялась</translation>
    </message>
    <message>
        <source>Missed meeting (no-show)</source>
        <translation>Встреча пропущена (неявка)</translation>
    </message>
    <message>
        <source>Task created</source>
        <translation>Создана задача</translation>
    </message>
    <message>
        <source>Task: %1</source>
        <translation>Задача: %1</translation>
    </message>
    <message>
        <source>Task completed</source>
        <translation>Задача выполнена</translation>
    </message>
    <message>
        <source>Task done: %1</source>
        <translation>Задача выполнена: %1</translation>
    </message>
    <message>
        <source>%1 logged</source>
        <translation>Добавлена активность: %1</translation>
    </message>
    <message>
        <source>Activity logged</source>
        <translation>Добавлена активность</translation>
    </message>
    <message>
        <source>Deal created</source>
        <translation>Создана сделка</translation>
    </message>
    <message>
        <source>Deal created: %1</source>
        <translation>Создана сделка: %1</translation>
    </message>
    <message>
        <source>Deal moved to another stage</source>
        <translation>Сделка переведена на другой этап</translation>
    </message>
    <message>
        <source>Deal moved to %1</source>
        <translation>Сделка переведена на этап «%1»</translation>
    </message>
    <message>
        <source>Call logged</source>
        <translation>Добавлен звонок</translation>
    </message>
    <message>
        <source>Email logged</source>
        <translation>Добавлено письмо</translation>
    </message>
    <message>
        <source>Meeting logged</source>
        <translation>Добавлена встреча</translation>
    </message>
    <message>
        <source>Note added</source>
        <translation>Добавлена заметка</translation>
    </message>
    <message>
        <source>SMS logged</source>
        <translation>Добавлено SMS</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>срок: %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>автор: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>LeadRelay sales-ops console</source>
        <translation>LeadRelay — консоль отдела продаж</translation>
    </message>
    <message>
        <source>Database file (default: $LEADRELAY_DB, else leadrelay.db in the app data folder).</source>
        <translation>Файл базы данных (по умолчанию: $LEADRELAY_DB, иначе leadrelay.db в папке данных приложения).</translation>
    </message>
    <message>
        <source>Interface language: en, bg, ru or pl.</source>
        <translation>Язык интерфейса: en, bg, ru или pl.</translation>
    </message>
    <message>
        <source>Fill an empty database with demo data (a new database file always gets it).</source>
        <translation>Заполнить пустую базу данных демонстрационными данными (новый файл базы данных получает их всегда).</translation>
    </message>
    <message>
        <source>Sign in as this user, skipping the picker.</source>
        <translation>Войти от имени этого пользователя, минуя окно выбора.</translation>
    </message>
    <message>
        <source>LeadRelay</source>
        <translation>LeadRelay</translation>
    </message>
    <message>
        <source>Cannot open the database %1.

%2</source>
        <translation>Не удаётся открыть базу данных %1.

%2</translation>
    </message>
    <message>
        <source>Demo data was not created: %1</source>
        <translation>Демонстрационные данные не созданы: %1</translation>
    </message>
</context>
</TS>
