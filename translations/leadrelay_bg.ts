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
    <message>
        <source>Page view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting booked</source>
        <translation type="unfinished">Насрочена среща</translation>
    </message>
    <message>
        <source>Webinar registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webinar attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bounce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is one of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matches the pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names a role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>events within a time window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished">Длъжност</translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished">Компания</translation>
    </message>
    <message>
        <source>Company domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company size (employees)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yearly revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished">Държава</translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished">Език</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">Телефон</translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished">Източник</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Статус</translation>
    </message>
    <message>
        <source>Form ID</source>
        <translation type="unfinished">ID на формуляра</translation>
    </message>
    <message>
        <source>Form type</source>
        <translation type="unfinished">Вид формуляр</translation>
    </message>
    <message>
        <source>UTM source</source>
        <translation type="unfinished">UTM източник</translation>
    </message>
    <message>
        <source>UTM medium</source>
        <translation type="unfinished">UTM канал</translation>
    </message>
    <message>
        <source>UTM campaign</source>
        <translation type="unfinished">UTM кампания</translation>
    </message>
    <message>
        <source>Landing page</source>
        <translation type="unfinished">Целева страница</translation>
    </message>
    <message>
        <source>Qualifying answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days since created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days without activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand to sales now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nurture with relevant content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualify fit first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drip; check again next quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recycle later or archive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::Availability</name>
    <message>
        <source>available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inactive</source>
        <translation type="unfinished">неактивен</translation>
    </message>
    <message>
        <source>out of office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at capacity (%1/%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::Bant</name>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Influencer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exploring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
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
    <name>lr::CompiledConditions</name>
    <message>
        <source>A rule needs at least one condition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, fewer than %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ×%2 in %3 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ×%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::Condition</name>
    <message>
        <source>Unknown operator &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;value&quot; must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;values&quot; must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;values&quot; must hold text or numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;event&quot;, &quot;url_contains&quot; and &quot;form_type&quot; must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;min&quot; and &quot;days&quot; must be numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;min&quot; and &quot;max&quot; must be numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is yes or no: compare it with true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the text to look for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter at least one value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a pattern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pattern does not compile at character %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a number, so it has no range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a lower bound, an upper bound or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lower bound %1 is above the upper bound %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role words apply to the job title only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown event type &quot;%1&quot;; known types: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of events must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time window cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::ConditionSet</name>
    <message>
        <source>Conditions must be a list under &quot;all&quot; or &quot;any&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rule needs at least one condition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition %1 is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::CsvDealImporter</name>
    <message numerus="yes">
        <source>%n won or lost deal(s) lacked what their stage asks for (such as a lost reason) and were imported as history; exit criteria apply to moves, not to imported history.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open deal(s) lack what their stage asks for; the next move will ask for it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n company(ies) created.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n owner(s) created as inactive reps; an administrator activates them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The owner &quot;%1&quot; is not a valid email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown stage &quot;%1&quot;. Stages: %2. Map it with --stage-map &quot;%1=STAGE&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pipeline %1 has no stages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row has no deal name, company or id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is not a date; write YYYY-MM-DD or M/D/YYYY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>engage date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected close date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The open deal&apos;s expected close date %1 lies more than %2 days in the past; give it a date it can still close on, or a won or lost stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deal closes (%1) before it was engaged (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engage date %1 lies in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store has no pipeline to import deals into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no pipeline %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--stage-map &quot;%1=%2&quot;: the pipeline %3 has no stage &quot;%2&quot;. Stages: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty: it has no header row.</source>
        <translation type="unfinished">Файлът е празен: няма заглавен ред.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
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
    <name>lr::CsvPreview</name>
    <message>
        <source>The file is empty: it has no header row.</source>
        <translation type="unfinished">Файлът е празен: няма заглавен ред.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma</source>
        <translation type="unfinished"></translation>
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
    <name>lr::DealAutomation</name>
    <message>
        <source>An email to &quot;%1&quot; bounced: check the contact&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &quot;%1&quot; to %2: it needs %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::DealFieldMap</name>
    <message>
        <source>&quot;%1&quot; is not a deal field. Known fields: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deal name, company or id column found. Columns: %1. Map one with --map &quot;Header=title&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::DealFields</name>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected close date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT / company ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value &quot;%1&quot; is not a number; write it like 12500 or 12500.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deal&apos;s value cannot be negative (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value %1 is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A currency is a three-letter code such as EUR, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expected close date &quot;%1&quot; is not a date; write YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expected close date %1 lies more than %2 days in the past; an open deal needs a date it can still close on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The billing email &quot;%1&quot; is not a valid address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lost reason &quot;%1&quot; is not on the list: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deal needs a title.</source>
        <translation type="unfinished">Сделката трябва да има заглавие.</translation>
    </message>
    <message>
        <source>Unknown deal field &quot;%1&quot;; known fields: %2.</source>
        <translation type="unfinished"></translation>
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
    <name>lr::DealService</name>
    <message>
        <source>There is no pipeline %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no stage &quot;%1&quot; in the pipeline %2. Stages: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal %1 is not one of the deals you may move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no deal %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no stage %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stage %1 belongs to another pipeline than deal %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal %1 is Closed Won; it cannot move back to %2. Open a new deal for further business.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown deal field &quot;%1&quot;; known fields: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal %1 cannot enter %2 yet; it needs: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal %1 is already in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal %1 moved to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal %1 is not one of the deals you may change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of a deal in %2 cannot be changed any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is required while the deal is in %2.</source>
        <translation type="unfinished"></translation>
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
    <name>lr::DuplicateFinder</name>
    <message>
        <source>Only managers and admins can review and merge duplicates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same phone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>different names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same company %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>similar names %1 / %2 (%3 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>similar addresses %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the two leads no longer exists or is not visible to you.</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>%1 is on the blocked address list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::EnrichmentPass</name>
    <message numerus="yes">
        <source>Stopped after %n failed lookup(s) in a row; the last one: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lr::EnrichmentRepository</name>
    <message>
        <source>Enrichment cannot fill the company field &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrichment cannot fill the lead field &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::EnrichmentService</name>
    <message>
        <source>Only an administrator can manage enrichment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CSV file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished">Файлът %1 не може да бъде прочетен: %2</translation>
    </message>
</context>
<context>
    <name>lr::EventIntake</name>
    <message>
        <source>The event has no &quot;type&quot;; known types: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown event type &quot;%1&quot;; known types: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;lead_id&quot; must be a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;email&quot; must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event names nobody: give &quot;email&quot; or &quot;lead_id&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time %1 is not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time &quot;%1&quot; is not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;at&quot; must be a date text or epoch milliseconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event is not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no lead %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lead has the address %1 yet; the event is kept for when they appear.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::FirmographicsImporter</name>
    <message>
        <source>The file is empty: it has no header row.</source>
        <translation type="unfinished">Файлът е празен: няма заглавен ред.</translation>
    </message>
    <message>
        <source>No domain column found (expected a header such as Domain, Website or URL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a domain column was found; expected at least one of Company, Employees, Industry, Revenue, Country or LinkedIn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import stopped at row %1 (rows before %2 are stored): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import failed at its end (rows before %1 are stored): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::FirmographicsParser</name>
    <message>
        <source>The domain is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web domain (expected something like acme.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of employees (expected 250, 1.2k or 51-200).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount of revenue (expected 2500000, 2.5M or $750k).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a country (expected a name or a code such as DE).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::FirmographicsRepository</name>
    <message>
        <source>A firmographics row needs a domain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::HttpJsonProvider</name>
    <message>
        <source>The enrichment service sent malformed JSON for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enrichment service sent JSON for %1 that is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enrichment service did not answer within %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enrichment service could not be reached (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enrichment service answered HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 for %2 after %n attempt(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lr::HttpProviderSettings</name>
    <message>
        <source>The HTTP provider has no URL template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL template must contain {domain}, e.g. https://api.example.com/companies?domain={domain}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL template &quot;%1&quot; is not an http:// or https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timeout must be between %1 and %2 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of retries must be between 0 and %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::HygieneList</name>
    <message>
        <source>Disposable domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free-mail domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed company domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked addresses</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::HygieneListRepository</name>
    <message>
        <source>%1 is already on the list &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list entry %1 does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::HygieneListService</name>
    <message>
        <source>Enter a domain, for example firma.de.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a domain name. Enter just the domain, like firma.de or bücher.de (no @, no http://, no spaces).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an email address, for example bot@firma.de.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on the list &quot;%2&quot;. Remove it there first.</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Saved, but not processed yet (%1); it will be processed on the next start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::IntakeSettings</name>
    <message>
        <source>&quot;%1&quot; is not an IP address. Use 127.0.0.1 for this computer only, or 0.0.0.0 for every network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535 (or 0 for any free port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a bearer token before listening on %1: other computers can reach it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token may only contain visible ASCII characters, no spaces.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::KpiBands</name>
    <message>
        <source>target &lt; 5 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target ≥ 80 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>benchmark 20–30 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>benchmark 40–50 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target &gt; 80 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>typical 20–30 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target &lt; 2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trend to 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>benchmark 30–50 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed-to-lead (median)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touched within 5 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MQL → SQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL → Opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead → meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting hold rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-show rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left in New (last day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA reassignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales cycle (median)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing-sourced revenue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::LeadDispatcher</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation type="unfinished">
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation type="unfinished">
            <numerusform>%n ч</numerusform>
            <numerusform>%n ч</numerusform>
        </translation>
    </message>
    <message>
        <source>Lead %1 does not exist.</source>
        <translation type="unfinished">Лийд %1 не съществува.</translation>
    </message>
    <message>
        <source>entered by hand by the owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept %1 (owner of an open deal at the company)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 does not exist.</source>
        <translation type="unfinished">Потребител %1 не съществува.</translation>
    </message>
    <message>
        <source>reassigned to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – due in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is yours now (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named account: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead %1 does not exist or is not yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the lead is disqualified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disqualified: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 is not open or not yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only managers and admins can reassign leads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new owner must be an active user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A manager can only hand leads to their own team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reassigned by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reassigned by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an admin or the user&apos;s manager can deactivate a user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the user, their manager or an admin can plan an absence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An absence must end after it starts.</source>
        <translation type="unfinished">Отсъствието трябва да приключва след началото си.</translation>
    </message>
    <message>
        <source>%1 is still waiting: %2 left on the SLA – call now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA breached: %1 has not been contacted by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident: %1 was reassigned to %2 after an SLA breach.</source>
        <translation type="unfinished"></translation>
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
    <name>lr::LeadFormValidator</name>
    <message>
        <source>An email address is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a two-letter country code (ISO 3166), such as PL or BG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a two-letter language code (ISO 639-1), such as en or bg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a lead source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free-mail address: the company will not be taken from the email domain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::LeadImportService</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::LeadMerger</name>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished">Имейл</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">Телефон</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished">Длъжност</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished">Държава</translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished">Език</translation>
    </message>
    <message>
        <source>Qualifying answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished">Отговорник</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Статус</translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished">Източник</translation>
    </message>
    <message>
        <source>UTM source</source>
        <translation type="unfinished">UTM източник</translation>
    </message>
    <message>
        <source>UTM medium</source>
        <translation type="unfinished">UTM канал</translation>
    </message>
    <message>
        <source>UTM campaign</source>
        <translation type="unfinished">UTM кампания</translation>
    </message>
    <message>
        <source>Landing page</source>
        <translation type="unfinished">Целева страница</translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form type</source>
        <translation type="unfinished">Вид формуляр</translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished">Създаден</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>Same value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the kept record has a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the other record has a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newer submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First touch keeps the attribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner of the older record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Further along the funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lead cannot be merged with itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the two leads no longer exists or is not visible to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field a merge can choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This merge was already undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not change %1: the lead is not in your team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was merged into another lead afterwards. Undo that merge first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer exists, so the merge cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was merged again afterwards (with %2). Undo that merge first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was edited after the merge (%2). Undoing would overwrite those edits, so nothing was changed.</source>
        <translation type="unfinished"></translation>
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
    <name>lr::LostReasons</name>
    <message>
        <source>Timing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::ManualLeadEntry</name>
    <message>
        <source>Lead %1 created and assigned to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead %1 created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person is already a lead owned by someone else; the new details were added to that lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person was already a lead: the new details were merged into %1 (#%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead was quarantined: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered by hand by the owner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::MergeRepository</name>
    <message>
        <source>Lead %1 does not exist.</source>
        <translation type="unfinished">Лийд %1 не съществува.</translation>
    </message>
    <message>
        <source>Merge %1 was already undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::MetricsRepository</name>
    <message>
        <source>The metrics could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::MetricsService</name>
    <message>
        <source>The period ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished">Без отговорник</translation>
    </message>
</context>
<context>
    <name>lr::NotificationRepository</name>
    <message>
        <source>Notification %1 is not yours.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::Notifier</name>
    <message>
        <source>@%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::OpenDealAttacher</name>
    <message>
        <source>New contact at %1 — open deal %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has the open deal &quot;%2&quot;: assigned to its owner %3, who was notified.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::Permissions</name>
    <message>
        <source>%1 is not an active user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only managers and administrators may import leads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only administrators may change the intake settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only managers and administrators may import deals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only administrators may edit pipelines and their stages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not do this.</source>
        <translation type="unfinished"></translation>
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
    <name>lr::PipelineEditor</name>
    <message>
        <source>Every stage needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two stages are called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The probability of %1 must be from 0 to 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stale probability of %1 must be from 0 to 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The days of %1 must be from 0 to 3650.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 requires &quot;%2&quot;, which is no deal field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two stages are entered on the same fact (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be entered on the fact %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pipeline needs at least one open stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pipeline needs exactly one won and one lost stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pipeline needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no pipeline %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::PipelineRepository</name>
    <message>
        <source>A pipeline called %1 exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no pipeline %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The stage %1 still holds %n deal(s); move them before removing it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lr::PipelineRules</name>
    <message>
        <source>&quot;%1&quot; must be a number of days from 1 to 3650.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kick-off call with the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand the account over to onboarding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the invoice details to billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ghost-buster&apos;s lost reason &quot;%1&quot; is not on the list: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check-in reason &quot;%1&quot; is not on the list: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::PipelineTimers</name>
    <message>
        <source>Send &quot;%1&quot; a break-up email: no answer for %2 days. It closes as lost in %3 days unless they reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close &quot;%1&quot; as lost: no answer after the break-up email; it needs %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has been in %2 for over %3 days; its probability dropped to %4 %. Move it on or close it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in with &quot;%1&quot;: lost for %2 on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account review for &quot;%1&quot; (won on %2): room for an upsell?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::QuarantineRepository</name>
    <message>
        <source>Only quarantined or failed entries can be discarded (entry %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::QuarantineService</name>
    <message>
        <source>Only an admin may review rejected submissions and edit the hygiene lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal entry %1 does not exist.</source>
        <translation type="unfinished">Запис %1 в журнала не съществува.</translation>
    </message>
    <message>
        <source>The period must be at least one day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every field needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 is %2; only quarantined or failed entries can be re-processed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::RejectedRowsWriter</name>
    <message>
        <source>Choose another file: %1 is the file that was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished">Файлът %1 не може да бъде прочетен: %2</translation>
    </message>
    <message>
        <source>%1 is empty now; was it changed after the import?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has fewer rows than were imported; was it changed after the import?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::ReviewState</name>
    <message>
        <source>Quarantined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::Router</name>
    <message>
        <source>the user no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a named account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lead&apos;s domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>named account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account owner no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reps who speak %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reps covering %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>senior reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in team %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody fits (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manager of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first available manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first available admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1 %2 → %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped %1 (current owner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is active to take the lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody available → %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no rule matched → %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::RoutingRepository</name>
    <message>
        <source>new lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reassigned for SLA breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner out of office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reassigned by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fallback owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A named account needs a domain and an owner.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::RoutingRuleSet</name>
    <message>
        <source>least loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>round robin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routing rules must be a list under &quot;rules&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1 (%2): unknown target type &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1 (%2): unknown strategy &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1 (%2) repeats the key &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1 (%2) points to a user who no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1 (%2) points to %3, who is inactive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1 (%2) points to a team that no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1 (%2) lists a user who no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no enabled default rule (a rule without conditions): a lead that matches no rule would be left without an owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise (more than 500 employees)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territory %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished">Език</translation>
    </message>
    <message>
        <source>Referral → senior reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::RoutingSettings</name>
    <message>
        <source>Only admins can change the routing rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only admins can change the SLA policies.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::RuleRepository</name>
    <message>
        <source>A rule document needs a kind.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::ScoreRepository</name>
    <message>
        <source>Lead %1 does not exist.</source>
        <translation type="unfinished">Лийд %1 не съществува.</translation>
    </message>
</context>
<context>
    <name>lr::ScoringConfig</name>
    <message>
        <source>A scoring rule set needs a &quot;rules&quot; list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1: unknown axis &quot;%2&quot; (fit, intent or timing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1: &quot;points&quot; must be a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The thresholds must rise from Nurture (%1) to MQL (%2) to SQL (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The thresholds must lie between 0 and 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1 needs an id and a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two rules share the id &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot;: points must lie between -100 and 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; needs at least one condition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot;, condition %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form &quot;%1&quot;: unknown form type &quot;%2&quot; (%3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::ScoringRuleSet</name>
    <message>
        <source>Rule &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email opens alone never make a lead SQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points from email opens</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::ScoringService</name>
    <message>
        <source>Scoring rules version %1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring rules version %1 are damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead %1 does not exist.</source>
        <translation type="unfinished">Лийд %1 не съществува.</translation>
    </message>
    <message>
        <source>There is no lead %1 that you may see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no lead with the address %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no lead with the address %1 that you may see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an active user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no lead %1 that you may edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only administrators may change the scoring rules.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::SettingsRepository</name>
    <message>
        <source>A setting needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::Simulator</name>
    <message>
        <source>Every user needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has an unknown role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has an out-of-office range that is not two dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>half of the %1 SLA gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 SLA breached by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reassigned for SLA breach: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;start&quot; must be an ISO time such as 2026-11-23T09:00:00Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;run_until&quot; must be a time after the start or an offset such as +3h.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;rules&quot; is &quot;default&quot; or an object with &quot;routing&quot; and/or &quot;sla&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead %1 was not accepted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A touch names %1, which is not a lead of the scenario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown touch type &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::SlaPolicySet</name>
    <message>
        <source>SLA policies must be a list under &quot;policies&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every SLA policy needs a key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SLA policy key &quot;%1&quot; is used twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SLA policy &quot;%1&quot; needs a target of at least one minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ladder of &quot;%1&quot; must rise: nudge &lt; manager alert &lt; reassignment (percent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One SLA policy must match every lead (no lead types selected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hot / SQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hot inbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new inbound</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::SlaRepository</name>
    <message>
        <source>The SLA clock of lead %1 was not stored.</source>
        <translation type="unfinished"></translation>
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
    <name>lr::TimerRepository</name>
    <message>
        <source>A timer needs a dedupe key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A timer needs a kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timer %1 could not be stored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::TitleKeywords</name>
    <message>
        <source>C-level executive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Founder or owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intern or trainee</source>
        <translation type="unfinished"></translation>
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
    <name>lr::WebhookHost</name>
    <message>
        <source>Webhook: off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook: not started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook: listening on %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::WebhookOutbox</name>
    <message>
        <source>HTTP status %1</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Send the event as application/json.</source>
        <translation type="unfinished"></translation>
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
  import deals FILE [--map &quot;Header=field&quot;]... [--stage-map &quot;Won=Closed Won&quot;]...
               [--as EMAIL]
                        Import deals from another CRM&apos;s CSV export (HubSpot, Pipedrive,
                        Salesforce): creates missing companies and owners, keeps historical
                        engage/close dates; won/lost rows without a lost reason become
                        history. Fields: external_id, title, owner, company, person_email,
                        stage, status, value, currency, engaged_at, closed_at,
                        expected_close, product, lost_reason. Prints a JSON summary
                        {rows, created, merged, quarantined, errors, history, ...}.
  import firmographics FILE [--as EMAIL]
                        Import a firmographics CSV (Domain/Website, Company, Employees,
                        Industry, Revenue, Country, LinkedIn) into the local enrichment
                        table, updating known domains; prints a JSON summary
                        {rows, created, updated, rejected, errors}. Admins only.
  enrich [--provider local|http] [--url T] [--timeout-ms N] [--retries N] [--limit N]
         [--as EMAIL]
                        Fill empty company fields of companies not tried recently from
                        the local table (default) or the HTTP JSON provider (URL template
                        with {domain}; defaults from the app&apos;s settings); prints a JSON
                        summary. Admins only.
  serve [--bind 127.0.0.1] [--port 8088] [--token T]
                        Run the webhook intake (POST /v1/submissions, GET /v1/health)
                        until interrupted; the token also comes from $LEADRELAY_TOKEN.
  deals list [--format json] [--stage STAGE] [--as EMAIL]
                        Print the deals (what --as may see) as JSON.
  deals move ID STAGE [--set field=value]... [--as EMAIL]
                        Move a deal to another stage, setting fields first; exit code 3
                        and the missing fields when the stage&apos;s exit criteria refuse.
%2  metrics [--from DATE] [--to DATE] [--team T] [--rep R] [--source S] [--campaign C]
          [--as EMAIL] [--format json]
                        Print every metric of the period (default: the last 30 days)
                        as JSON; keys in docs/metrics.md.
%3  help                  Show this help.

Options:
  --db PATH             The database file. Default: $LEADRELAY_DB, else
                        %1
  -h, --help            Show this help.
  --version             Show the version.

Exit codes: 0 success; 1 the command failed (message on standard error);
2 wrong command line (unknown command or option, missing or invalid argument);
3 a deal move lacks fields the target stage requires.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;import&quot; needs to know what: import leads FILE, import deals FILE or import firmographics FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;import deals&quot; needs the CSV file to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --%1 does not apply to &quot;import deals&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;import firmographics&quot; needs the CSV file to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --%1 does not apply to &quot;import firmographics&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --%1 does not apply to &quot;enrich&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;deals&quot; needs a subcommand: list or move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown subcommand &quot;deals %1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;deals move&quot; needs a deal id and a stage: deals move ID STAGE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --%1 does not apply to &quot;deals %2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format for &quot;deals list&quot; is json, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --%1 does not apply to &quot;metrics&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format for &quot;metrics&quot; is json, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::cli::DealsCommand</name>
    <message>
        <source>--stage-map takes &quot;Exported stage=LeadRelay stage&quot;, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished">Файлът %1 не може да бъде прочетен: %2</translation>
    </message>
    <message>
        <source>--set takes field=value, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--set: unknown deal field &quot;%1&quot;; known fields: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--set %1 is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a deal id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing fields: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give them with --set, e.g. --set %1=…</source>
        <translation type="unfinished"></translation>
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
    <name>lr::cli::EnrichCommands</name>
    <message>
        <source>--provider is local or http, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--url, --timeout-ms and --retries apply to --provider http only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a whole number of 0 or more, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n lookup(s) failed; the companies are tried again on a later run.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
    <name>lr::cli::MetricsCommand</name>
    <message>
        <source>--to: &quot;%1&quot; is not a date (use 2026-11-23 or 2026-11-23T09:00:00Z).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from: &quot;%1&quot; is not a date (use 2026-11-23 or 2026-11-23T09:00:00Z).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from must be before --to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no team &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::cli::RouteCommands</name>
    <message>
        <source>  simulate SCENARIO.json
                        Run a routing/SLA scenario under a manual clock in a scratch
                        store; print the JSON timeline (see the README).
  timers fire [--now TIME]
                        Fire every durable timer due by now (SLA ladder, holidays).
  timers list [--lead ID]
                        Print the pending timers (of one lead) as JSON.
  routing explain LEAD_ID [--as EMAIL]
                        Say where the routing rules would send a lead now, and why.
  tasks list [--as EMAIL]
                        Print the open tasks the user may see as JSON.
  tasks done TASK_ID --outcome TEXT --as EMAIL
                        Complete one of the user&apos;s tasks.
  leads touch LEAD_ID --type call|email|meeting|note [--outcome TEXT] --as EMAIL
                        Log a touch; the first call, email or meeting stops the SLA clock.
  leads disqualify LEAD_ID --reason TEXT --as EMAIL
  leads reassign LEAD_ID --to EMAIL --as EMAIL
                        Managers (own team) and admins hand a lead to someone else.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;simulate&quot; needs a scenario file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no LeadRelay database at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user with the email %1.</source>
        <translation type="unfinished">Няма потребител с имейл %1.</translation>
    </message>
    <message>
        <source>The option --%1 does not apply to &quot;timers fire&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--now needs an ISO time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --%1 does not apply to &quot;timers list&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead %1 does not exist or is not yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1 %2&quot;.</source>
        <translation type="unfinished">Непозната команда „%1“. {1 %2&quot;?}</translation>
    </message>
    <message>
        <source>--type is call, email, meeting, note or sms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to needs the email of a user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::cli::ScoringCommands</name>
    <message>
        <source>  leads explain ID|EMAIL [--as EMAIL] [--format text|json]
                        Why a lead has its score: fit, intent and timing, the rules that
                        fired with the fact behind each, class, next step and history.
  import events FILE [--source NAME]
                        Import behaviour events (JSON lines or a JSON array of {&quot;email&quot; or
                        &quot;lead_id&quot;, &quot;type&quot;, &quot;url&quot;, &quot;at&quot;, ...}); each re-scores its lead;
                        events of unknown people wait for them. Prints a JSON summary
                        {events, attached, kept, rejected, failed}; refusals on stderr.
  scoring rescore       Re-score every lead with the active scoring rules.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leadrelayctl: the option --%1 does not apply here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leadrelayctl: &quot;scoring&quot; needs a subcommand: rescore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leadrelayctl: &quot;leads explain&quot; needs a lead id or email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leadrelayctl: &quot;import events&quot; needs the file to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leadrelayctl: unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leadrelayctl: --format is text or json, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no LeadRelay database at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead %1 &lt;%2&gt;: score %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit %1 · Intent %2 · Timing %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not scored yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules version %1, scored %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  No rule fired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user with the email %1.</source>
        <translation type="unfinished">Няма потребител с имейл %1.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished">Файлът %1 не може да бъде прочетен: %2</translation>
    </message>
    <message>
        <source>Event %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-scored %1 of %2 leads</source>
        <translation type="unfinished"></translation>
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
    <name>lr::ui::DashboardCharts</name>
    <message>
        <source>Leads</source>
        <translation type="unfinished">Лийдове</translation>
    </message>
    <message>
        <source>&lt; 1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1–5 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5–30 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30 min–2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2–24 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&gt; 24 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed-to-lead distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed-to-lead by week (median minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target 5 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Win rate %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Win rate by rep (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales cycle by rep (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA breaches over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads in New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads left in New at end of day (target 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open pipeline by stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast by expected close month</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::ui::DashboardPage</name>
    <message>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads</source>
        <translation type="unfinished">Лийдове</translation>
    </message>
    <message>
        <source>Speed-to-lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; 5 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle (median)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA breaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA reassignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings by source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished">Източник</translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-show rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarantine by form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarantine rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sources</source>
        <translation type="unfinished">Всички източници</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calculating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2 · %3 · as of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadRelay dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished">Имейл</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished">Отговорник</translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished">Създаден</translation>
    </message>
    <message>
        <source>First touch</source>
        <translation type="unfinished">Първи контакт</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::ui::DashboardTable</name>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::ui::DealCardDelegate</name>
    <message>
        <source>%1 (mixed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No value</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n d in stage</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rotting · %n d idle</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No next step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::ui::DealDetailPanel</name>
    <message>
        <source>Call</source>
        <translation type="unfinished">Обаждане</translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished">Имейл</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished">Среща</translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">Бележка</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished">SMS</translation>
    </message>
    <message>
        <source>Select a deal to see its details, history and activities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities</source>
        <translation type="unfinished">Активности</translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %n day(s) there</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 % probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>rotting: %n day(s) without activity</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>product: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automation or import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished">%1 · %2</translation>
    </message>
    <message>
        <source>No activity yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open task.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::ui::DealFieldNames</name>
    <message>
        <source>ID in the other CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner (email or name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished">Компания</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status (open, won, lost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engaged (created) on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected close date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::ui::DialogFileChooser</name>
    <message>
        <source>Import Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Rejected Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::ui::DrillDownDialog</name>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lr::ui::DuplicateCandidateModel</name>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished">Имейл</translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished">Компания</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::ui::DuplicatesPage</name>
    <message>
        <source>Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review and Merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the two records field by field (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not a Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never offer this pair again (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the merged lead and the kept lead&apos;s old values (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent merges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate rate (last %1 days): no submissions yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate rate (last %1 days): %2 % — %3 of %4 submissions matched a known person (target &lt; %5 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open candidate</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open candidates</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Candidates found in %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was merged into %2. Undo it from Recent merges if that was wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 will not be offered as duplicates again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merge was undone: %1 is back as a lead of its own.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::ui::EnrichmentDialog</name>
    <message>
        <source>Enrichment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company enrichment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fills empty company fields — name, employees, industry, revenue, country — from a local firmographics table or an HTTP JSON service. A value someone typed is never overwritten, and every filled field keeps its source and time. New leads are enriched from the local table as they arrive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local firmographics table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file with Domain, Company, Employees, Industry, Revenue, Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers such as Website or URL, Company Name, Headcount (&quot;51-200&quot; works), Annual Revenue (&quot;2.5M&quot;, &quot;$750k&quot;) and Country or Country code are recognised. Importing again updates known domains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP JSON provider (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{domain} is replaced by the company&apos;s domain. 404 means unknown; timeouts and server errors are retried with a growing pause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrich now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP JSON provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrich Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companies in the table: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table is empty: import a CSV file to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for enrichment (empty fields, not tried recently): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No company is waiting for enrichment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Firmographics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows read: %1 — new: %2, updated: %3, rejected: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns not used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the HTTP provider settings first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looked up: %1 — enriched: %2 (company fields: %3, lead fields: %4), not found: %5, failed: %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::ui::ExitCriteriaDialog</name>
    <message>
        <source>Move to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; needs a few details before it can enter &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 12500 (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>billing@company.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name and role, e.g. Jana Novak (CFO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. DE123456789</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::ui::ForecastStrip</name>
    <message>
        <source>Weighted forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished">Без отговорник</translation>
    </message>
    <message>
        <source>%1 of %2 open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue / no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) · %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted by owner:</source>
        <translation type="unfinished"></translation>
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
    <name>lr::ui::HygieneListModel</name>
    <message>
        <source>Stored as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">Бележка</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::ui::HygieneListsPanel</name>
    <message>
        <source>Submissions from these domains (and their subdomains) are quarantined as throwaway addresses, on top of the shipped list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal mail domains: the lead is kept, but the domain is never taken as the company&apos;s and never used to match people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company domains that a shipped list calls disposable or free-mail, for example a customer whose domain is on the throwaway list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single junk addresses (bots, test accounts): their submissions are quarantined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search this list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address, e.g. bot@firma.de</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain, e.g. firma.de or bücher.de</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added to &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the entries to remove first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Removed %n entry(ies).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lr::ui::ImportFilePage</name>
    <message>
        <source>Choose a leads file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV export from a CRM, an ads platform, an event list or a spreadsheet. Comma, semicolon and tab separated files work, with or without a UTF-8 byte order mark. You can also drop the file here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads</source>
        <translation type="unfinished">Лийдове</translation>
    </message>
    <message>
        <source>Deals from another CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals: an opportunities export from HubSpot, Pipedrive, Salesforce or a spreadsheet. Missing companies and owners are created; won and lost deals keep their dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path of a .csv file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;The file holds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a deals file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8 with byte order mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the first %n row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>all %n row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4 separated · %5 columns · showing %6</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::ui::ImportMappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what each column of the file becomes. Recognised columns are already chosen; columns left on &quot;Do not import&quot; are kept in the intake journal only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names the list in the journal and on each lead&apos;s form field. Use a lead source such as ads, event or referral to set the leads&apos; source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won=Closed Won; Lost=Closed Lost; Demo=Discovery Booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stages the other CRM names differently. Usual names (HubSpot, Pipedrive, Salesforce) are recognised; rows with an unknown stage are reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tage names:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is chosen for more than one column (%2). Pick one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the column with the deal name, the company or the other CRM&apos;s ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) will be imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Email is required: choose the column that holds the email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Email comes from &quot;%1&quot;. %n column(s) will be imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Write stage names as Exported=LeadRelay, separated by semicolons, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::ui::ImportProgressPage</name>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row is journaled first, then checked, deduplicated and created or merged. You can keep working in the main window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows read: %2 created, %3 merged, %4 quarantined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::ui::ImportSummaryPage</name>
    <message>
        <source>Import summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;Rejected Rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the import did not run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Import stopped.&lt;/b&gt; The %1 rows read before you stopped were imported and are kept; the rest of the file was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Import finished.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows: %1 · deals created: %2 · updated from an earlier import: %3 · rejected: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows: %1 · created: %2 · merged into existing leads: %3 · quarantined: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns not imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns not imported (kept in the intake journal): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No row was rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n row(s) with their reasons to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lr::ui::ImportWizard</name>
    <message>
        <source>Import Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the store for the import: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::ui::InboxModel</name>
    <message>
        <source>%1 h %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished">Компания</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished">Отговорник</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::ui::InboxPage</name>
    <message>
        <source>Log call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason to disqualify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disqualify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 logged; the SLA clock stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead disqualified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead reassigned to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::ui::IntakeActions</name>
    <message>
        <source>&amp;New Lead…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type in a lead from a call, a chat or a referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Leads…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::ui::IntakePage</name>
    <message>
        <source>Lead #%1 created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged into lead #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still quarantined: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected Submissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain Lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rejected submissions match. Every submission made it in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-process Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the selected submissions through intake again as they are, for example after a domain list changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search reason, form or submitted text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show discarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>All reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rejected submission(s) waiting for review</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> · %1 shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submission #%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discarded. It stays in the journal; tick &quot;Show discarded&quot; to see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submission #%1 discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the submissions to re-process first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-processed %1: %2 created, %3 merged, %4 still quarantined, %5 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the submissions to discard first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Discarded %n submission(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lr::ui::KpiTile</name>
    <message>
        <source>No figure for the previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up from the previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down from the previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As in the previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to see the records behind this figure</source>
        <translation type="unfinished"></translation>
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
    <name>lr::ui::LeadEntryDialog</name>
    <message>
        <source>New Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lead from a call, a chat or a referral. Only the email is required; it is checked as you type, like every web form and import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@company.com (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+48 601 234 567, or local with a country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ompany:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company size, use case or budget range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Lead</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::ui::LeadFieldNames</name>
    <message>
        <source>Email</source>
        <translation type="unfinished">Имейл</translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished">Компания</translation>
    </message>
    <message>
        <source>Company website or domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">Телефон</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished">Длъжност</translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished">Държава</translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished">Език</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTM source</source>
        <translation type="unfinished">UTM източник</translation>
    </message>
    <message>
        <source>UTM medium</source>
        <translation type="unfinished">UTM канал</translation>
    </message>
    <message>
        <source>UTM campaign</source>
        <translation type="unfinished">UTM кампания</translation>
    </message>
    <message>
        <source>Landing page</source>
        <translation type="unfinished">Целева страница</translation>
    </message>
    <message>
        <source>Form ID</source>
        <translation type="unfinished">ID на формуляра</translation>
    </message>
    <message>
        <source>Form type</source>
        <translation type="unfinished">Вид формуляр</translation>
    </message>
    <message>
        <source>Submitted at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualifying question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enrichment…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::ui::MergeDialog</name>
    <message>
        <source>%1 · #%2 · created %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the value to keep for each field that differs. The record created first keeps its id, history and attribution; the other one is merged into it. A merge can be undone from Recent merges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged into it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed because</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two records hold the same values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same in both: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::ui::MergeHistoryModel</name>
    <message>
        <source>%1 (#%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged into it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::ui::MetricsLoader</name>
    <message>
        <source>Cannot open the store for the dashboard: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::ui::MyDayPage</name>
    <message>
        <source>Connected</source>
        <translation type="unfinished">Свързан</translation>
    </message>
    <message>
        <source>Left voicemail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting booked</source>
        <translation type="unfinished">Насрочена среща</translation>
    </message>
    <message>
        <source>Not interested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalations today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 overdue · %2 due now · %3 later</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Escalations today: %n SLA breach(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reassigned for breach</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::ui::NotificationCenter</name>
    <message>
        <source>Mark all read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadRelay</source>
        <translation type="unfinished">LeadRelay</translation>
    </message>
    <message numerus="yes">
        <source>Notifications (%n unread)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lr::ui::PipelinePage</name>
    <message>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished">Отговорник</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished">Екип</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;Stages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Deal to &amp;Next Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Deal to &amp;Previous Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stages saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My team</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open deal(s) · drag a card to another stage, or select it and press %1 / %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The move was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a deal first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::ui::PipelineRulesTab</name>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghost-buster for stalled deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a break-up task, then close silent deals as lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal unchanged for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and no activity for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close as lost after the break-up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts and follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert the owner when a deal outstays its stage&apos;s stale limit (Negotiation: 30 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in again after a deal lost for timing or budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After a won deal: hand-off tasks and an account review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma separated. kickoff_call, onboarding_handoff and billing_details are translated; other text is used as written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost for timing: check in after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost for budget: check in after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand-off tasks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account review after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Pipeline Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;Stages, Probabilities and Exit Criteria…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stages saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline rules saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::ui::QuarantineEntryEditor</name>
    <message>
        <source>Select a rejected submission to see and fix its fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As received (before any fix)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the fields and run the submission through hygiene and dedup again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take it off the review list; it stays in the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submission #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>discarded by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reason recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body is not a JSON object, so it has no fields. Raw body: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::ui::QuarantineTableModel</name>
    <message>
        <source>Web form</source>
        <translation type="unfinished">Уеб формуляр</translation>
    </message>
    <message>
        <source>CSV import</source>
        <translation type="unfinished">Импорт от CSV</translation>
    </message>
    <message>
        <source>Manual entry</source>
        <translation type="unfinished">Ръчно въвеждане</translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished">Събитие</translation>
    </message>
    <message>
        <source>Discarded by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form / source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::ui::RejectsByFormModel</name>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 submissions rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form / source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject rate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::ui::RejectsByFormPanel</name>
    <message>
        <source>Rejects by form</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Last %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Click a form to list its rejects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rejected submissions in this period.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::ui::RoutingRulesTab</name>
    <message>
        <source>No conditions: the default rule. Example: {&quot;all&quot;: [{&quot;field&quot;: &quot;country&quot;, &quot;op&quot;: &quot;in&quot;, &quot;values&quot;: [&quot;DE&quot;]}]}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only people inside their working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save routing rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Име</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2, %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routing rules saved as version %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::ui::ScorePanel</name>
    <message>
        <source>Score history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save BANT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished">%1 · %2</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · rules version %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rule fired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to edit BANT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BANT saved; score %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While LeadRelay is open it can receive your website&apos;s form submissions (POST /v1/submissions with a JSON body). These settings are stored with the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Receive web form submissions while the app is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>127.0.0.1 accepts submissions from this computer only (for example a local proxy); 0.0.0.0 from every network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any free port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (loopback only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bind address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bearer token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;port&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Websites post to http://%1:%2/v1/submissions%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> with the header Authorization: Bearer &lt;token&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook intake is off.</source>
        <translation type="unfinished"></translation>
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
    <name>lr::ui::SlaPoliciesTab</name>
    <message>
        <source>score ≥ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ladder % (nudge/alert/reassign)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save SLA policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA policies saved as version %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::ui::StageColumn</name>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability of a deal in this stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sum of deal values · weighted by probability. Deals in several currencies are added as they are (&quot;mixed&quot;): no exchange rates yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · weighted %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::ui::StageEditorDialog</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline Stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Pipeline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipe&amp;line:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rots after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required to enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required to enter: deal fields, comma separated (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore &amp;Defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting booked</source>
        <translation type="unfinished">Насрочена среща</translation>
    </message>
    <message>
        <source>Contract signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email bounced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new pipeline:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::ui::TaskQueueModel</name>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
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
    <message numerus="yes">
        <source>Processed %n submission(s) left from the last run.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
