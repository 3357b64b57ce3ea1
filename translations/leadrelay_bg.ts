<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bg_BG">
<context>
    <name>QJsonParseError</name>
    <message>
        <source>no error occurred</source>
        <translation>няма грешка</translation>
    </message>
    <message>
        <source>unterminated object</source>
        <translation>незатворен обект</translation>
    </message>
    <message>
        <source>missing name separator</source>
        <translation>липсва двоеточие след името</translation>
    </message>
    <message>
        <source>unterminated array</source>
        <translation>незатворен масив</translation>
    </message>
    <message>
        <source>missing value separator</source>
        <translation>липсва запетая между стойностите</translation>
    </message>
    <message>
        <source>illegal value</source>
        <translation>недопустима стойност</translation>
    </message>
    <message>
        <source>invalid termination by number</source>
        <translation>документът завършва с число</translation>
    </message>
    <message>
        <source>illegal number</source>
        <translation>недопустимо число</translation>
    </message>
    <message>
        <source>invalid escape sequence</source>
        <translation>невалидна escape последователност</translation>
    </message>
    <message>
        <source>invalid UTF8 string</source>
        <translation>невалиден UTF-8 низ</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>незатворен низ</translation>
    </message>
    <message>
        <source>object is missing after a comma</source>
        <translation>липсва обект след запетаята</translation>
    </message>
    <message>
        <source>too deeply nested document</source>
        <translation>твърде дълбоко вложен документ</translation>
    </message>
    <message>
        <source>too large document</source>
        <translation>твърде голям документ</translation>
    </message>
    <message>
        <source>garbage at the end of the document</source>
        <translation>излишни знаци в края на документа</translation>
    </message>
</context>
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
        <translation>Преглед на страница</translation>
    </message>
    <message>
        <source>Form submission</source>
        <translation>Изпратен формуляр</translation>
    </message>
    <message>
        <source>Email open</source>
        <translation>Отворен имейл</translation>
    </message>
    <message>
        <source>Email click</source>
        <translation>Клик в имейл</translation>
    </message>
    <message>
        <source>Email reply</source>
        <translation>Отговор на имейл</translation>
    </message>
    <message>
        <source>Meeting booked</source>
        <translation>Насрочена среща</translation>
    </message>
    <message>
        <source>Webinar registration</source>
        <translation>Регистрация за уебинар</translation>
    </message>
    <message>
        <source>Webinar attended</source>
        <translation>Посетен уебинар</translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation>Отписване</translation>
    </message>
    <message>
        <source>Bounce</source>
        <translation>Недоставен имейл</translation>
    </message>
    <message>
        <source>Contract signed</source>
        <translation>Подписан договор</translation>
    </message>
    <message>
        <source>is</source>
        <translation>е</translation>
    </message>
    <message>
        <source>is one of</source>
        <translation>е едно от</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>съдържа</translation>
    </message>
    <message>
        <source>matches the pattern</source>
        <translation>съответства на шаблона</translation>
    </message>
    <message>
        <source>is between</source>
        <translation>е между</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>е празно</translation>
    </message>
    <message>
        <source>names a role</source>
        <translation>посочва роля</translation>
    </message>
    <message>
        <source>events within a time window</source>
        <translation>събития в даден период</translation>
    </message>
    <message>
        <source>Email domain</source>
        <translation>Имейл домейн</translation>
    </message>
    <message>
        <source>Free-mail address</source>
        <translation>Адрес в безплатна поща</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Име</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
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
        <source>Company domain</source>
        <translation>Домейн на компанията</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Отрасъл</translation>
    </message>
    <message>
        <source>Company size (employees)</source>
        <translation>Размер на компанията (служители)</translation>
    </message>
    <message>
        <source>Yearly revenue</source>
        <translation>Годишен оборот</translation>
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
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Източник</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
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
        <source>Qualifying answer</source>
        <translation>Квалифициращ отговор</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Бюджет</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Правомощия</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Нужда</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Срокове</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Клас</translation>
    </message>
    <message>
        <source>Days since created</source>
        <translation>Дни от създаването</translation>
    </message>
    <message>
        <source>Days without activity</source>
        <translation>Дни без активност</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Съответствие</translation>
    </message>
    <message>
        <source>Intent</source>
        <translation>Намерение</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Време</translation>
    </message>
    <message>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <source>MQL</source>
        <translation>MQL</translation>
    </message>
    <message>
        <source>Hand to sales now</source>
        <translation>Предай на продажбите веднага</translation>
    </message>
    <message>
        <source>Nurture with relevant content</source>
        <translation>Развивай с подходящо съдържание</translation>
    </message>
    <message>
        <source>Qualify fit first</source>
        <translation>Първо провери съответствието</translation>
    </message>
    <message>
        <source>Drip; check again next quarter</source>
        <translation>Поддържащи имейли; провери отново следващото тримесечие</translation>
    </message>
    <message>
        <source>Recycle later or archive</source>
        <translation>Върни по-късно или архивирай</translation>
    </message>
</context>
<context>
    <name>lr::Availability</name>
    <message>
        <source>available</source>
        <translation>на разположение</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>неактивен</translation>
    </message>
    <message>
        <source>out of office</source>
        <translation>извън офиса</translation>
    </message>
    <message>
        <source>outside working hours</source>
        <translation>извън работно време</translation>
    </message>
    <message>
        <source>at capacity (%1/%2)</source>
        <translation>на максимален капацитет (%1/%2)</translation>
    </message>
</context>
<context>
    <name>lr::Bant</name>
    <message>
        <source>Approved</source>
        <translation>Одобрен</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Планиран</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Няма</translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation>Взема решения</translation>
    </message>
    <message>
        <source>Influencer</source>
        <translation>Влияе на решението</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Потребител</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Потвърдена</translation>
    </message>
    <message>
        <source>Exploring</source>
        <translation>Проучва</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Сега</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Това тримесечие</translation>
    </message>
    <message>
        <source>Next quarter</source>
        <translation>Следващото тримесечие</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>По-късно</translation>
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
        <translation>Правилото трябва да има поне едно условие.</translation>
    </message>
    <message>
        <source>Condition %1: %2</source>
        <translation>Условие %1: %2</translation>
    </message>
    <message>
        <source>%1: %2, fewer than %3</source>
        <translation>%1: %2, по-малко от %3</translation>
    </message>
    <message>
        <source>%1 ×%2</source>
        <translation>%1 ×%2</translation>
    </message>
    <message>
        <source>not %1</source>
        <translation>не %1</translation>
    </message>
    <message>
        <source>%1: empty</source>
        <translation>%1: празно</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no activity since %1</source>
        <translation>няма активност от %1</translation>
    </message>
    <message>
        <source>%1 ×%2 %3</source>
        <translation>%1 ×%2 %3</translation>
    </message>
</context>
<context>
    <name>lr::Condition</name>
    <message>
        <source>Unknown operator &quot;%1&quot;.</source>
        <translation>Непознат оператор „%1“.</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot;.</source>
        <translation>Непознато поле „%1“.</translation>
    </message>
    <message>
        <source>&quot;value&quot; must be text.</source>
        <translation>„value“ трябва да е текст.</translation>
    </message>
    <message>
        <source>&quot;values&quot; must be a list.</source>
        <translation>„values“ трябва да е списък.</translation>
    </message>
    <message>
        <source>&quot;values&quot; must hold text or numbers.</source>
        <translation>„values“ трябва да съдържа текст или числа.</translation>
    </message>
    <message>
        <source>&quot;event&quot;, &quot;url_contains&quot; and &quot;form_type&quot; must be text.</source>
        <translation>„event“, „url_contains“ и „form_type“ трябва да са текст.</translation>
    </message>
    <message>
        <source>&quot;min&quot; and &quot;days&quot; must be numbers.</source>
        <translation>„min“ и „days“ трябва да са числа.</translation>
    </message>
    <message>
        <source>&quot;min&quot; and &quot;max&quot; must be numbers.</source>
        <translation>„min“ и „max“ трябва да са числа.</translation>
    </message>
    <message>
        <source>%1 is yes or no: compare it with true or false.</source>
        <translation>%1 е да или не: сравнявайте го с true или false.</translation>
    </message>
    <message>
        <source>Enter the text to look for.</source>
        <translation>Въведете текста за търсене.</translation>
    </message>
    <message>
        <source>Enter at least one value.</source>
        <translation>Въведете поне една стойност.</translation>
    </message>
    <message>
        <source>Enter a pattern.</source>
        <translation>Въведете шаблон.</translation>
    </message>
    <message>
        <source>The pattern does not compile at character %1: %2.</source>
        <translation>Шаблонът не може да се компилира при знак %1: %2.</translation>
    </message>
    <message>
        <source>%1 is not a number, so it has no range.</source>
        <translation>%1 не е число, затова няма диапазон.</translation>
    </message>
    <message>
        <source>Enter a lower bound, an upper bound or both.</source>
        <translation>Въведете долна граница, горна граница или и двете.</translation>
    </message>
    <message>
        <source>The lower bound %1 is above the upper bound %2.</source>
        <translation>Долната граница %1 е над горната граница %2.</translation>
    </message>
    <message>
        <source>Role words apply to the job title only.</source>
        <translation>Думите за роля се отнасят само за длъжността.</translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation>Изберете поне една роля.</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;.</source>
        <translation>Непозната роля „%1“.</translation>
    </message>
    <message>
        <source>Unknown event type &quot;%1&quot;; known types: %2.</source>
        <translation>Непознат вид събитие „%1“; известни видове: %2.</translation>
    </message>
    <message>
        <source>The number of events must be at least 1.</source>
        <translation>Броят събития трябва да е поне 1.</translation>
    </message>
    <message>
        <source>The time window cannot be negative.</source>
        <translation>Периодът не може да е отрицателен.</translation>
    </message>
    <message>
        <source>%1 is a number: enter a number.</source>
        <translation>%1 е число: въведете число.</translation>
    </message>
    <message>
        <source>Enter a value, or choose &quot;%1&quot;.</source>
        <translation>Въведете стойност или изберете „%1“.</translation>
    </message>
    <message>
        <source>A value in the list is empty.</source>
        <translation>Една от стойностите в списъка е празна.</translation>
    </message>
</context>
<context>
    <name>lr::ConditionSet</name>
    <message>
        <source>Conditions must be a list under &quot;all&quot; or &quot;any&quot;.</source>
        <translation>Условията трябва да са списък под „all“ или „any“.</translation>
    </message>
    <message>
        <source>A rule needs at least one condition.</source>
        <translation>Правилото трябва да има поне едно условие.</translation>
    </message>
    <message>
        <source>Condition %1 is not an object.</source>
        <translation>Условие %1 не е обект.</translation>
    </message>
    <message>
        <source>Condition %1: %2</source>
        <translation>Условие %1: %2</translation>
    </message>
</context>
<context>
    <name>lr::CsvDealImporter</name>
    <message numerus="yes">
        <source>%n won or lost deal(s) lacked what their stage asks for (such as a lost reason) and were imported as history; exit criteria apply to moves, not to imported history.</source>
        <translation>
            <numerusform>%n спечелена или загубена сделка нямаше изискваното от етапа ѝ (напр. причина за загуба) и беше импортирана като история; критериите за преминаване важат за преместванията, не за импортираната история.</numerusform>
            <numerusform>%n спечелени или загубени сделки нямаха изискваното от етапа им (напр. причина за загуба) и бяха импортирани като история; критериите за преминаване важат за преместванията, не за импортираната история.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open deal(s) lack what their stage asks for; the next move will ask for it.</source>
        <translation>
            <numerusform>%n отворена сделка няма изискваното от етапа ѝ; при следващото преместване то ще бъде поискано.</numerusform>
            <numerusform>%n отворени сделки нямат изискваното от етапа им; при следващото преместване то ще бъде поискано.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n company(ies) created.</source>
        <translation>
            <numerusform>Създадена е %n компания.</numerusform>
            <numerusform>Създадени са %n компании.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n owner(s) created as inactive reps; an administrator activates them.</source>
        <translation>
            <numerusform>%n отговорник е създаден като неактивен търговец; администратор трябва да го активира.</numerusform>
            <numerusform>%n отговорници са създадени като неактивни търговци; администратор трябва да ги активира.</numerusform>
        </translation>
    </message>
    <message>
        <source>The owner &quot;%1&quot; is not a valid email address.</source>
        <translation>Отговорникът „%1“ не е валиден имейл адрес.</translation>
    </message>
    <message>
        <source>Unknown stage &quot;%1&quot;. Stages: %2. Map it with --stage-map &quot;%1=STAGE&quot;.</source>
        <translation>Непознат етап „%1“. Етапи: %2. Съпоставете го с --stage-map &quot;%1=STAGE&quot;.</translation>
    </message>
    <message>
        <source>The pipeline %1 has no stages.</source>
        <translation>Фунията %1 няма етапи.</translation>
    </message>
    <message>
        <source>%1 deal</source>
        <translation>Сделка с %1</translation>
    </message>
    <message>
        <source>Deal %1</source>
        <translation>Сделка %1</translation>
    </message>
    <message>
        <source>The row has no deal name, company or id.</source>
        <translation>Редът няма име на сделка, компания или ID.</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is not a date; write YYYY-MM-DD or M/D/YYYY.</source>
        <translation>Стойността „%2“ в поле „%1“ не е дата; въведете YYYY-MM-DD или M/D/YYYY.</translation>
    </message>
    <message>
        <source>engage date</source>
        <translation>дата на ангажиране</translation>
    </message>
    <message>
        <source>close date</source>
        <translation>дата на затваряне</translation>
    </message>
    <message>
        <source>expected close date</source>
        <translation>очаквана дата на затваряне</translation>
    </message>
    <message>
        <source>The deal closes (%1) before it was engaged (%2).</source>
        <translation>Сделката се затваря (%1) преди да е ангажирана (%2).</translation>
    </message>
    <message>
        <source>The engage date %1 lies in the future.</source>
        <translation>Датата на ангажиране %1 е в бъдещето.</translation>
    </message>
    <message>
        <source>The store has no pipeline to import deals into.</source>
        <translation>В базата няма фуния, в която да се импортират сделки.</translation>
    </message>
    <message>
        <source>There is no pipeline %1.</source>
        <translation>Няма фуния %1.</translation>
    </message>
    <message>
        <source>--stage-map &quot;%1=%2&quot;: the pipeline %3 has no stage &quot;%2&quot;. Stages: %4.</source>
        <translation>--stage-map &quot;%1=%2&quot;: фунията %3 няма етап „%2“. Етапи: %4.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 не може да бъде отворен: %2</translation>
    </message>
    <message>
        <source>The open deal&apos;s expected close date %1 lies %2 in the past; give it a date it can still close on, or a won or lost stage.</source>
        <translation>Очакваната дата на затваряне %1 на отворената сделка е %2 в миналото; задайте дата, на която тя още може да се затвори, или етап „Спечелена“ или „Загубена“.</translation>
    </message>
</context>
<context>
    <name>lr::CsvLeadImporter</name>
    <message>
        <source>No email column found.</source>
        <translation>Не е намерена колона с имейл.</translation>
    </message>
    <message>
        <source>The line holds one value where the header has %1 columns: a note or footer, not a lead.</source>
        <translation>Редът съдържа една стойност, а заглавният ред има %1 колони: това е бележка или долен колонтитул, а не лийд.</translation>
    </message>
    <message>
        <source>The line holds %1 values where the header has %2 columns: a separator inside an unquoted value may have moved the values after it into the wrong columns.</source>
        <translation>Редът съдържа стойности: %1, а заглавието има колони: %2. Разделител в стойност без кавички може да е преместил следващите стойности в грешни колони.</translation>
    </message>
</context>
<context>
    <name>lr::CsvPreview</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 не може да бъде отворен: %2</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>Точка и запетая</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Табулация</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>Запетая</translation>
    </message>
</context>
<context>
    <name>lr::CsvReader</name>
    <message>
        <source>A quoted field that starts on line %1 is never closed.</source>
        <translation>Поле в кавички, започващо на ред %1, не е затворено.</translation>
    </message>
    <message>
        <source>This is an Excel or OpenDocument workbook, not a CSV file. Open it in your spreadsheet, save it as &quot;CSV UTF-8&quot; and import that file.</source>
        <translation>Това е работна книга на Excel или OpenDocument, а не CSV файл. Отворете я в програмата за таблици, запишете я като „CSV UTF-8“ и импортирайте този файл.</translation>
    </message>
    <message>
        <source>This is a ZIP archive, not a CSV file. Unpack it and import the CSV file inside.</source>
        <translation>Това е ZIP архив, а не CSV файл. Разархивирайте го и импортирайте CSV файла вътре.</translation>
    </message>
    <message>
        <source>This is an Excel 97-2003 workbook (.xls), not a CSV file. Open it in your spreadsheet, save it as &quot;CSV UTF-8&quot; and import that file.</source>
        <translation>Това е работна книга на Excel 97-2003 (.xls), а не CSV файл. Отворете я в програмата за таблици, запишете я като „CSV UTF-8“ и импортирайте този файл.</translation>
    </message>
    <message>
        <source>This is a PDF document, not a CSV file. Export the list as CSV from where it came and import that file.</source>
        <translation>Това е PDF документ, а не CSV файл. Експортирайте списъка като CSV от мястото, откъдето е, и импортирайте този файл.</translation>
    </message>
    <message>
        <source>The file holds binary data, not text: it is not a CSV file.</source>
        <translation>Файлът съдържа двоични данни, а не текст: това не е CSV файл.</translation>
    </message>
    <message>
        <source>The file is empty: it has no header row.</source>
        <translation>Файлът е празен: няма заглавен ред.</translation>
    </message>
</context>
<context>
    <name>lr::CurrencyService</name>
    <message>
        <source>The home currency &quot;%1&quot; is not a currency code: use three capital letters, like EUR.</source>
        <translation>Основната валута „%1“ не е код на валута: използвайте три главни букви, например EUR.</translation>
    </message>
    <message>
        <source>The home currency %1 is worth exactly 1 of itself.</source>
        <translation>Основната валута %1 струва точно 1 от самата себе си.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code: use three capital letters, like PLN.</source>
        <translation>„%1“ не е код на валута: използвайте три главни букви, например PLN.</translation>
    </message>
    <message>
        <source>The rate of %1 must be a number above 0, like 4.3 (units of %1 for one %2).</source>
        <translation>Курсът на %1 трябва да е число над 0, например 4,3 (единици %1 за един %2).</translation>
    </message>
    <message>
        <source>%1 has no rate yet: give it one before making it the home currency.</source>
        <translation>%1 още няма курс: задайте го, преди да я направите основна валута.</translation>
    </message>
    <message>
        <source>Only an admin may change the home currency and the exchange rates.</source>
        <translation>Само администратор може да променя основната валута и валутните курсове.</translation>
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
    <message>
        <source>Database error: %1</source>
        <translation>Грешка в базата данни: %1</translation>
    </message>
    <message>
        <source>the connection is not open</source>
        <translation>връзката не е отворена</translation>
    </message>
</context>
<context>
    <name>lr::DayPhrases</name>
    <message numerus="yes">
        <source>within %n day(s)</source>
        <translation>
            <numerusform>за %n ден</numerusform>
            <numerusform>за %n дни</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>след %n ден</numerusform>
            <numerusform>след %n дни</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>for %n day(s)</source>
        <translation>
            <numerusform>от %n ден</numerusform>
            <numerusform>от %n дни</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>for over %n day(s)</source>
        <translation>
            <numerusform>повече от %n ден</numerusform>
            <numerusform>повече от %n дни</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>more than %n day(s)</source>
        <translation>
            <numerusform>повече от %n ден</numerusform>
            <numerusform>повече от %n дни</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>last %n day(s)</source>
        <translation>
            <numerusform>последния %n ден</numerusform>
            <numerusform>последните %n дни</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in the last %n day(s)</source>
        <translation>
            <numerusform>през последния %n ден</numerusform>
            <numerusform>през последните %n дни</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lr::DealAutomation</name>
    <message>
        <source>An email to &quot;%1&quot; bounced: check the contact&apos;s address</source>
        <translation>Имейл до „%1“ не беше доставен: проверете адреса на контакта</translation>
    </message>
    <message>
        <source>Move &quot;%1&quot; to %2: it needs %3</source>
        <translation>Преместете „%1“ в %2: нужно е %3</translation>
    </message>
</context>
<context>
    <name>lr::DealFieldMap</name>
    <message>
        <source>&quot;%1&quot; is not a deal field. Known fields: %2.</source>
        <translation>„%1“ не е поле на сделка. Известни полета: %2.</translation>
    </message>
    <message>
        <source>No deal name, company or id column found. Columns: %1. Map one with --map &quot;Header=title&quot;.</source>
        <translation>Не е намерена колона с име на сделка, компания или ID. Колони: %1. Съпоставете една с --map &quot;Header=title&quot;.</translation>
    </message>
</context>
<context>
    <name>lr::DealFields</name>
    <message>
        <source>Value</source>
        <translation>Стойност</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валута</translation>
    </message>
    <message>
        <source>Expected close date</source>
        <translation>Очаквана дата на затваряне</translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation>Лице, вземащо решения</translation>
    </message>
    <message>
        <source>VAT / company ID</source>
        <translation>ДДС / ЕИК</translation>
    </message>
    <message>
        <source>Billing email</source>
        <translation>Имейл за фактуриране</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>Причина за загуба</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Следваща стъпка</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заглавие</translation>
    </message>
    <message>
        <source>The value &quot;%1&quot; is not a number; write it like 12500 or 12500.50.</source>
        <translation>Стойността „%1“ не е число; въведете я като 12500 или 12500.50.</translation>
    </message>
    <message>
        <source>A deal&apos;s value cannot be negative (%1).</source>
        <translation>Стойността на сделка не може да е отрицателна (%1).</translation>
    </message>
    <message>
        <source>The value %1 is too large.</source>
        <translation>Стойността %1 е твърде голяма.</translation>
    </message>
    <message>
        <source>A currency is a three-letter code such as EUR, not &quot;%1&quot;.</source>
        <translation>Валутата е трибуквен код, например EUR, а не „%1“.</translation>
    </message>
    <message>
        <source>The expected close date &quot;%1&quot; is not a date; write YYYY-MM-DD.</source>
        <translation>Очакваната дата на затваряне „%1“ не е дата; въведете YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>The billing email &quot;%1&quot; is not a valid address.</source>
        <translation>Имейлът за фактуриране „%1“ не е валиден адрес.</translation>
    </message>
    <message>
        <source>The lost reason &quot;%1&quot; is not on the list: %2.</source>
        <translation>Причината за загуба „%1“ не е в списъка: %2.</translation>
    </message>
    <message>
        <source>A deal needs a title.</source>
        <translation>Сделката трябва да има заглавие.</translation>
    </message>
    <message>
        <source>Unknown deal field &quot;%1&quot;; known fields: %2.</source>
        <translation>Непознато поле на сделка „%1“; известни полета: %2.</translation>
    </message>
    <message>
        <source>The expected close date %1 lies %2 in the past; an open deal needs a date it can still close on.</source>
        <translation>Очакваната дата на затваряне %1 е %2 в миналото; отворената сделка се нуждае от дата, на която още може да се затвори.</translation>
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
        <translation>Няма фуния %1.</translation>
    </message>
    <message>
        <source>There is no stage &quot;%1&quot; in the pipeline %2. Stages: %3.</source>
        <translation>Във фунията %2 няма етап „%1“. Етапи: %3.</translation>
    </message>
    <message>
        <source>Deal %1 is not one of the deals you may move.</source>
        <translation>Сделка %1 не е сред сделките, които можете да премествате.</translation>
    </message>
    <message>
        <source>There is no deal %1.</source>
        <translation>Няма сделка %1.</translation>
    </message>
    <message>
        <source>There is no stage %1.</source>
        <translation>Няма етап %1.</translation>
    </message>
    <message>
        <source>The stage %1 belongs to another pipeline than deal %2.</source>
        <translation>Етапът %1 принадлежи на друга фуния, различна от тази на сделка %2.</translation>
    </message>
    <message>
        <source>Deal %1 is Closed Won; it cannot move back to %2. Open a new deal for further business.</source>
        <translation>Сделка %1 е спечелена; не може да се върне в %2. Отворете нова сделка за по-нататъшна работа.</translation>
    </message>
    <message>
        <source>Unknown deal field &quot;%1&quot;; known fields: %2.</source>
        <translation>Непознато поле на сделка „%1“; известни полета: %2.</translation>
    </message>
    <message>
        <source>Deal %1 cannot enter %2 yet; it needs: %3.</source>
        <translation>Сделка %1 още не може да влезе в %2; нужно е: %3.</translation>
    </message>
    <message>
        <source>Deal %1 is already in %2.</source>
        <translation>Сделка %1 вече е в %2.</translation>
    </message>
    <message>
        <source>Deal %1 moved to %2.</source>
        <translation>Сделка %1 е преместена в %2.</translation>
    </message>
    <message>
        <source>Deal %1 is not one of the deals you may change.</source>
        <translation>Сделка %1 не е сред сделките, които можете да променяте.</translation>
    </message>
    <message>
        <source>%1 of a deal in %2 cannot be changed any more.</source>
        <translation>%1 на сделка в %2 вече не може да се променя.</translation>
    </message>
    <message>
        <source>%1 is required while the deal is in %2.</source>
        <translation>%1 е задължително, докато сделката е в %2.</translation>
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
    <name>lr::DemoDealFactory</name>
    <message>
        <source>Kick-off and hand-off – %1</source>
        <translation>Начална среща и предаване – %1</translation>
    </message>
</context>
<context>
    <name>lr::DemoLeadHistory</name>
    <message>
        <source>Call #%1 – %2</source>
        <translation>Обаждане № %1 – %2</translation>
    </message>
    <message>
        <source>Book discovery call with %1</source>
        <translation>Насрочи опознавателен разговор с %1</translation>
    </message>
    <message>
        <source>Prepare discovery call with %1</source>
        <translation>Подготви опознавателен разговор с %1</translation>
    </message>
    <message>
        <source>Send proposal to %1</source>
        <translation>Изпрати оферта на %1</translation>
    </message>
    <message>
        <source>Check in with %1 – nurture</source>
        <translation>Потърси отново %1 – поддържане</translation>
    </message>
    <message>
        <source>No reply – stays in nurture</source>
        <translation>Няма отговор – остава за поддържане</translation>
    </message>
    <message>
        <source>done</source>
        <translation>изпълнено</translation>
    </message>
</context>
<context>
    <name>lr::DemoSalesOrg</name>
    <message>
        <source>No team covers %1 → fallback owner</source>
        <translation>Никой екип не покрива %1 → резервен собственик</translation>
    </message>
    <message>
        <source>Enterprise segment (%1 employees) → enterprise AE</source>
        <translation>Сегмент enterprise (%1 служители) → търговец за големи клиенти</translation>
    </message>
    <message>
        <source>Territory %1 → round robin</source>
        <translation>Територия %1 → поред</translation>
    </message>
    <message>
        <source>Territory %1</source>
        <translation>Територия %1</translation>
    </message>
    <message>
        <source>(skipped %1: out of office)</source>
        <translation>(пропуснати: %1 – отсъстват)</translation>
    </message>
    <message>
        <source>No rep covers %1 → team manager (fallback)</source>
        <translation>Никой търговец не покрива %1 → мениджърът на екипа (резервно)</translation>
    </message>
    <message>
        <source>%1 out of office → team manager (fallback)</source>
        <translation>%1 извън офиса → мениджърът на екипа (резервно)</translation>
    </message>
</context>
<context>
    <name>lr::DemoText</name>
    <message>
        <source>Company size: %1</source>
        <translation>Размер на компанията: %1</translation>
    </message>
    <message>
        <source>Budget: under 5,000 per year</source>
        <translation>Бюджет: под 5 000 годишно</translation>
    </message>
    <message>
        <source>Budget: 5,000–20,000 per year</source>
        <translation>Бюджет: 5 000–20 000 годишно</translation>
    </message>
    <message>
        <source>Budget: over 20,000 per year</source>
        <translation>Бюджет: над 20 000 годишно</translation>
    </message>
    <message>
        <source>Budget: not decided yet</source>
        <translation>Бюджет: още не е решен</translation>
    </message>
    <message>
        <source>Use case: answer inbound leads within 5 minutes</source>
        <translation>Цел: да отговаряме на входящите лийдове до 5 минути</translation>
    </message>
    <message>
        <source>Use case: replace our spreadsheet pipeline</source>
        <translation>Цел: да заменим фунията в таблици</translation>
    </message>
    <message>
        <source>Use case: route leads across countries and languages</source>
        <translation>Цел: да разпределяме лийдове по държави и езици</translation>
    </message>
    <message>
        <source>Use case: measure speed-to-lead per rep</source>
        <translation>Цел: да измерваме скоростта на реакция на всеки търговец</translation>
    </message>
    <message>
        <source>Use case: stop losing leads after trade shows</source>
        <translation>Цел: да не губим лийдове след изложения</translation>
    </message>
    <message>
        <source>Lost to competitor (HubSpot)</source>
        <translation>Загубена от конкурент (HubSpot)</translation>
    </message>
    <message>
        <source>Lost to competitor (Pipedrive)</source>
        <translation>Загубена от конкурент (Pipedrive)</translation>
    </message>
    <message>
        <source>No budget this year</source>
        <translation>Няма бюджет тази година</translation>
    </message>
    <message>
        <source>Timing – revisit next quarter</source>
        <translation>Не сега – да се върнем следващото тримесечие</translation>
    </message>
    <message>
        <source>No decision – went dark</source>
        <translation>Няма решение – изчезнаха</translation>
    </message>
    <message>
        <source>Chose to build in-house</source>
        <translation>Решиха да си направят собствено решение</translation>
    </message>
    <message>
        <source>Price too high</source>
        <translation>Твърде висока цена</translation>
    </message>
    <message>
        <source>E-mail bounced (hard bounce)</source>
        <translation>Имейлът е върнат (твърд отказ)</translation>
    </message>
    <message>
        <source>Call to qualify</source>
        <translation>Обаждане за квалифициране</translation>
    </message>
    <message>
        <source>Second call attempt</source>
        <translation>Втори опит за обаждане</translation>
    </message>
    <message>
        <source>Book the discovery call</source>
        <translation>Насрочване на проучвателен разговор</translation>
    </message>
    <message>
        <source>Run the discovery call</source>
        <translation>Провеждане на проучвателния разговор</translation>
    </message>
    <message>
        <source>Follow up on the proposal</source>
        <translation>Проследяване на офертата</translation>
    </message>
    <message>
        <source>Agree on terms and sign</source>
        <translation>Договаряне на условията и подписване</translation>
    </message>
    <message>
        <source>Proposal sent to %1</source>
        <translation>Офертата е изпратена до %1</translation>
    </message>
    <message>
        <source>Contract signed</source>
        <translation>Договорът е подписан</translation>
    </message>
    <message>
        <source>First call attempt – no answer</source>
        <translation>Първи опит за обаждане – без отговор</translation>
    </message>
    <message>
        <source>First call attempt – left a voicemail</source>
        <translation>Първи опит за обаждане – оставено гласово съобщение</translation>
    </message>
    <message>
        <source>Intro e-mail with two time slots for a 15-minute call</source>
        <translation>Встъпителен имейл с два часа за 15-минутен разговор</translation>
    </message>
    <message>
        <source>Reached %1. %2</source>
        <translation>Свързахме се с %1. %2</translation>
    </message>
    <message>
        <source>Wants to see a demo.</source>
        <translation>Иска да види демо.</translation>
    </message>
    <message>
        <source>Discovery call – %1</source>
        <translation>Проучвателен разговор – %1</translation>
    </message>
    <message>
        <source>Discovery call: need confirmed, budget owner identified, timeline this quarter</source>
        <translation>Проучвателен разговор: нуждата е потвърдена, собственикът на бюджета е известен, срок – това тримесечие</translation>
    </message>
    <message>
        <source>Sent the case study; timing is not now – nurture and check again next quarter</source>
        <translation>Изпратихме казус; моментът не е сега – подгряване и проверка следващото тримесечие</translation>
    </message>
    <message>
        <source>No budget</source>
        <translation>Няма бюджет</translation>
    </message>
    <message>
        <source>Wrong fit: company too small</source>
        <translation>Не пасва: компанията е твърде малка</translation>
    </message>
    <message>
        <source>Competitor doing research</source>
        <translation>Конкурент проучва</translation>
    </message>
    <message>
        <source>No reply after 5 touches in 14 days</source>
        <translation>Няма отговор след 5 контакта за 14 дни</translation>
    </message>
    <message>
        <source>Looking for a job, not a product</source>
        <translation>Търси работа, а не продукт</translation>
    </message>
    <message>
        <source>Disqualified: %1</source>
        <translation>Дисквалифициран: %1</translation>
    </message>
    <message>
        <source>student / intern – no buying authority</source>
        <translation>студент / стажант – без право да купува</translation>
    </message>
    <message>
        <source>Converted to a deal</source>
        <translation>Превърнат в сделка</translation>
    </message>
    <message>
        <source>Reached %1 – wants a demo next week</source>
        <translation>Свързахме се с %1 – иска демо следващата седмица</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Отпуск</translation>
    </message>
    <message>
        <source>Sick leave</source>
        <translation>Болничен</translation>
    </message>
    <message>
        <source>Vacation</source>
        <translation>Платен отпуск</translation>
    </message>
</context>
<context>
    <name>lr::DuplicateFinder</name>
    <message>
        <source>Only managers and admins can review and merge duplicates.</source>
        <translation>Само мениджъри и администратори могат да преглеждат и обединяват дубликати.</translation>
    </message>
    <message>
        <source>Same phone %1</source>
        <translation>Същият телефон %1</translation>
    </message>
    <message>
        <source>different names</source>
        <translation>различни имена</translation>
    </message>
    <message>
        <source>Same company %1</source>
        <translation>Същата компания %1</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>същото име</translation>
    </message>
    <message>
        <source>similar names %1 / %2 (%3 %)</source>
        <translation>сходни имена %1 / %2 (%3 %)</translation>
    </message>
    <message>
        <source>similar addresses %1 / %2</source>
        <translation>сходни адреси %1 / %2</translation>
    </message>
    <message>
        <source>One of the two leads no longer exists or is not visible to you.</source>
        <translation>Един от двата лийда вече не съществува или не е видим за вас.</translation>
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
        <translation>%1 е в списъка с блокирани адреси.</translation>
    </message>
    <message>
        <source>The cell held %1 addresses; the first, %2, was kept.</source>
        <translation>Клетката съдържаше %1 адреса; запазен е първият, %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more than one @ sign.</source>
        <translation>„%1“ съдържа повече от един знак @.</translation>
    </message>
    <message>
        <source>%1 is a no-reply address: nobody reads what is sent to it.</source>
        <translation>%1 е адрес no-reply: никой не чете изпратеното до него.</translation>
    </message>
</context>
<context>
    <name>lr::EnrichmentPass</name>
    <message numerus="yes">
        <source>Stopped after %n failed lookup(s) in a row; the last one: %1</source>
        <translation>
            <numerusform>Спряно след %n неуспешна проверка подред; последната: %1</numerusform>
            <numerusform>Спряно след %n неуспешни проверки подред; последната: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lr::EnrichmentRepository</name>
    <message>
        <source>Enrichment cannot fill the company field &quot;%1&quot;.</source>
        <translation>Обогатяването не може да попълни полето на компанията „%1“.</translation>
    </message>
    <message>
        <source>Enrichment cannot fill the lead field &quot;%1&quot;.</source>
        <translation>Обогатяването не може да попълни полето на лийда „%1“.</translation>
    </message>
</context>
<context>
    <name>lr::EnrichmentService</name>
    <message>
        <source>Only an administrator can manage enrichment.</source>
        <translation>Само администратор може да управлява обогатяването.</translation>
    </message>
    <message>
        <source>Choose a CSV file to import.</source>
        <translation>Изберете CSV файл за импортиране.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Файлът %1 не може да бъде прочетен: %2</translation>
    </message>
</context>
<context>
    <name>lr::EventIntake</name>
    <message>
        <source>The event has no &quot;type&quot;; known types: %1.</source>
        <translation>Събитието няма „type“; известни видове: %1.</translation>
    </message>
    <message>
        <source>Unknown event type &quot;%1&quot;; known types: %2.</source>
        <translation>Непознат вид събитие „%1“; известни видове: %2.</translation>
    </message>
    <message>
        <source>&quot;lead_id&quot; must be a positive number.</source>
        <translation>„lead_id“ трябва да е положително число.</translation>
    </message>
    <message>
        <source>&quot;email&quot; must be text.</source>
        <translation>„email“ трябва да е текст.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation>„%1“ не е имейл адрес.</translation>
    </message>
    <message>
        <source>The event names nobody: give &quot;email&quot; or &quot;lead_id&quot;.</source>
        <translation>Събитието не посочва никого: задайте „email“ или „lead_id“.</translation>
    </message>
    <message>
        <source>The time %1 is not a date.</source>
        <translation>Времето %1 не е дата.</translation>
    </message>
    <message>
        <source>The time &quot;%1&quot; is not a date.</source>
        <translation>Времето „%1“ не е дата.</translation>
    </message>
    <message>
        <source>&quot;at&quot; must be a date text or epoch milliseconds.</source>
        <translation>„at“ трябва да е дата като текст или милисекунди от епохата.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be text.</source>
        <translation>„%1“ трябва да е текст.</translation>
    </message>
    <message>
        <source>The event could not be stored: %1</source>
        <translation>Събитието не можа да бъде записано: %1</translation>
    </message>
    <message>
        <source>The event is not valid JSON: %1</source>
        <translation>Събитието не е валиден JSON: %1</translation>
    </message>
    <message>
        <source>The event must be a JSON object.</source>
        <translation>Събитието трябва да е JSON обект.</translation>
    </message>
    <message>
        <source>There is no lead %1.</source>
        <translation>Няма лийд %1.</translation>
    </message>
    <message>
        <source>No lead has the address %1 yet; the event is kept for when they appear.</source>
        <translation>Все още няма лийд с адрес %1; събитието се пази за момента, в който се появи.</translation>
    </message>
</context>
<context>
    <name>lr::FirmographicsImporter</name>
    <message>
        <source>No domain column found (expected a header such as Domain, Website or URL).</source>
        <translation>Не е намерена колона с домейн (очаква се заглавие като Domain, Website или URL).</translation>
    </message>
    <message>
        <source>Only a domain column was found; expected at least one of Company, Employees, Industry, Revenue, Country or LinkedIn.</source>
        <translation>Намерена е само колона с домейн; очаква се поне една от Company, Employees, Industry, Revenue, Country или LinkedIn.</translation>
    </message>
    <message>
        <source>The import stopped at row %1 (rows before %2 are stored): %3</source>
        <translation>Импортирането спря на ред %1 (редовете преди %2 са записани): %3</translation>
    </message>
    <message>
        <source>The import failed at its end (rows before %1 are stored): %2</source>
        <translation>Импортирането се провали в края (редовете преди %1 са записани): %2</translation>
    </message>
</context>
<context>
    <name>lr::FirmographicsParser</name>
    <message>
        <source>The domain is empty.</source>
        <translation>Домейнът е празен.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web domain (expected something like acme.com).</source>
        <translation>„%1“ не е уеб домейн (очаква се нещо като acme.com).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of employees (expected 250, 1.2k or 51-200).</source>
        <translation>„%1“ не е брой служители (очаква се 250, 1.2k или 51-200).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount of revenue (expected 2500000, 2.5M or $750k).</source>
        <translation>„%1“ не е сума на оборот (очаква се 2500000, 2.5M или $750k).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a country (expected a name or a code such as DE).</source>
        <translation>„%1“ не е държава (очаква се име или код, например DE).</translation>
    </message>
</context>
<context>
    <name>lr::FirmographicsRepository</name>
    <message>
        <source>A firmographics row needs a domain.</source>
        <translation>Редът с фирмени данни трябва да има домейн.</translation>
    </message>
</context>
<context>
    <name>lr::HttpJsonProvider</name>
    <message>
        <source>The enrichment service sent malformed JSON for %1: %2</source>
        <translation>Услугата за обогатяване изпрати невалиден JSON за %1: %2</translation>
    </message>
    <message>
        <source>The enrichment service sent JSON for %1 that is not an object.</source>
        <translation>Услугата за обогатяване изпрати JSON за %1, който не е обект.</translation>
    </message>
    <message>
        <source>The enrichment service did not answer within %1 ms</source>
        <translation>Услугата за обогатяване не отговори в рамките на %1 ms</translation>
    </message>
    <message>
        <source>The enrichment service could not be reached (%1)</source>
        <translation>Няма връзка с услугата за обогатяване (%1)</translation>
    </message>
    <message>
        <source>The enrichment service answered HTTP %1</source>
        <translation>Услугата за обогатяване отговори с HTTP %1</translation>
    </message>
    <message>
        <source>%1 for %2 (%3).</source>
        <translation>%1 за %2 (%3).</translation>
    </message>
    <message numerus="yes">
        <source>%1 for %2 after %n attempt(s).</source>
        <translation>
            <numerusform>%1 за %2 след %n опит.</numerusform>
            <numerusform>%1 за %2 след %n опита.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lr::HttpProviderSettings</name>
    <message>
        <source>The HTTP provider has no URL template.</source>
        <translation>HTTP доставчикът няма URL шаблон.</translation>
    </message>
    <message>
        <source>The URL template must contain {domain}, e.g. https://api.example.com/companies?domain={domain}.</source>
        <translation>URL шаблонът трябва да съдържа {domain}, напр. https://api.example.com/companies?domain={domain}.</translation>
    </message>
    <message>
        <source>The URL template &quot;%1&quot; is not an http:// or https:// address.</source>
        <translation>URL шаблонът „%1“ не е адрес с http:// или https://.</translation>
    </message>
    <message>
        <source>The timeout must be between %1 and %2 ms.</source>
        <translation>Времето за изчакване трябва да е между %1 и %2 ms.</translation>
    </message>
    <message>
        <source>The number of retries must be between 0 and %1.</source>
        <translation>Броят повторни опити трябва да е между 0 и %1.</translation>
    </message>
</context>
<context>
    <name>lr::HygieneList</name>
    <message>
        <source>Disposable domains</source>
        <translation>Домейни за временна поща</translation>
    </message>
    <message>
        <source>Free-mail domains</source>
        <translation>Домейни за безплатна поща</translation>
    </message>
    <message>
        <source>Allowed company domains</source>
        <translation>Разрешени фирмени домейни</translation>
    </message>
    <message>
        <source>Blocked addresses</source>
        <translation>Блокирани адреси</translation>
    </message>
</context>
<context>
    <name>lr::HygieneListRepository</name>
    <message>
        <source>%1 is already on the list &quot;%2&quot;.</source>
        <translation>%1 вече е в списъка „%2“.</translation>
    </message>
    <message>
        <source>The list entry %1 does not exist (any more).</source>
        <translation>Записът %1 в списъка не съществува (вече).</translation>
    </message>
</context>
<context>
    <name>lr::HygieneListService</name>
    <message>
        <source>Enter a domain, for example firma.de.</source>
        <translation>Въведете домейн, например firma.de.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a domain name. Enter just the domain, like firma.de or bücher.de (no @, no http://, no spaces).</source>
        <translation>„%1“ не е име на домейн. Въведете само домейна, като firma.de или bücher.de (без @, без http://, без интервали).</translation>
    </message>
    <message>
        <source>Enter an email address, for example bot@firma.de.</source>
        <translation>Въведете имейл адрес, например bot@firma.de.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address: %2</source>
        <translation>„%1“ не е имейл адрес: %2</translation>
    </message>
    <message>
        <source>%1 is on the list &quot;%2&quot;. Remove it there first.</source>
        <translation>%1 е в списъка „%2“. Първо го премахнете оттам.</translation>
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
        <source>Saved, but not processed yet (%1); it will be processed on the next start.</source>
        <translation>Записано, но още необработено (%1); ще бъде обработено при следващото стартиране.</translation>
    </message>
    <message>
        <source>The country &quot;%1&quot; is not known; it was left empty.</source>
        <translation>Държавата „%1“ е непозната; полето е оставено празно.</translation>
    </message>
    <message>
        <source>The language &quot;%1&quot; is not known; it was left empty.</source>
        <translation>Езикът „%1“ е непознат; полето е оставено празно.</translation>
    </message>
    <message>
        <source>The submission time &quot;%1&quot; is not a date; the time it arrived was used.</source>
        <translation>Времето на подаване „%1“ не е дата; използвано е времето на постъпване на заявката.</translation>
    </message>
    <message>
        <source>The submission time &quot;%1&quot; is in the future; the time it arrived was used.</source>
        <translation>Времето на подаване „%1“ е в бъдещето; използвано е времето на постъпване на заявката.</translation>
    </message>
</context>
<context>
    <name>lr::IntakeSettings</name>
    <message>
        <source>&quot;%1&quot; is not an IP address. Use 127.0.0.1 for this computer only, or 0.0.0.0 for every network.</source>
        <translation>„%1“ не е IP адрес. Използвайте 127.0.0.1 само за този компютър или 0.0.0.0 за всички мрежи.</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535 (or 0 for any free port).</source>
        <translation>Портът трябва да е между 1 и 65535 (или 0 за произволен свободен порт).</translation>
    </message>
    <message>
        <source>Set a bearer token before listening on %1: other computers can reach it.</source>
        <translation>Задайте bearer токен, преди да слушате на %1: други компютри имат достъп до него.</translation>
    </message>
    <message>
        <source>The token may only contain visible ASCII characters, no spaces.</source>
        <translation>Токенът може да съдържа само видими ASCII знаци, без интервали.</translation>
    </message>
</context>
<context>
    <name>lr::KpiBands</name>
    <message>
        <source>target &lt; 5 min</source>
        <translation>цел &lt; 5 мин</translation>
    </message>
    <message>
        <source>target ≥ 80 %</source>
        <translation>цел ≥ 80 %</translation>
    </message>
    <message>
        <source>benchmark 20–30 %</source>
        <translation>ориентир 20–30 %</translation>
    </message>
    <message>
        <source>benchmark 40–50 %</source>
        <translation>ориентир 40–50 %</translation>
    </message>
    <message>
        <source>target &gt; 80 %</source>
        <translation>цел &gt; 80 %</translation>
    </message>
    <message>
        <source>typical 20–30 %</source>
        <translation>типично 20–30 %</translation>
    </message>
    <message>
        <source>target &lt; 2 %</source>
        <translation>цел &lt; 2 %</translation>
    </message>
    <message>
        <source>target 0</source>
        <translation>цел 0</translation>
    </message>
    <message>
        <source>trend to 0</source>
        <translation>тенденция към 0</translation>
    </message>
    <message>
        <source>benchmark 30–50 %</source>
        <translation>ориентир 30–50 %</translation>
    </message>
    <message>
        <source>Speed-to-lead (median)</source>
        <translation>Скорост на реакция (медиана)</translation>
    </message>
    <message>
        <source>Touched within 5 min</source>
        <translation>Контакт до 5 мин</translation>
    </message>
    <message>
        <source>MQL → SQL</source>
        <translation>MQL → SQL</translation>
    </message>
    <message>
        <source>SQL → Opportunity</source>
        <translation>SQL → Възможност</translation>
    </message>
    <message>
        <source>Lead → meeting</source>
        <translation>Лийд → среща</translation>
    </message>
    <message>
        <source>Meeting hold rate</source>
        <translation>Дял проведени срещи</translation>
    </message>
    <message>
        <source>No-show rate</source>
        <translation>Дял неявявания</translation>
    </message>
    <message>
        <source>Duplicate rate</source>
        <translation>Дял дубликати</translation>
    </message>
    <message>
        <source>Left in New (last day)</source>
        <translation>Останали в „Нов“ (последен ден)</translation>
    </message>
    <message>
        <source>SLA reassignments</source>
        <translation>Преразпределения по SLA</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Дял спечелени</translation>
    </message>
    <message>
        <source>Won value</source>
        <translation>Спечелена стойност</translation>
    </message>
    <message>
        <source>Average deal</source>
        <translation>Средна сделка</translation>
    </message>
    <message>
        <source>Sales cycle (median)</source>
        <translation>Цикъл на продажба (медиана)</translation>
    </message>
    <message>
        <source>Forecast accuracy</source>
        <translation>Точност на прогнозата</translation>
    </message>
    <message>
        <source>Marketing-sourced revenue</source>
        <translation>Приходи от маркетинг</translation>
    </message>
</context>
<context>
    <name>lr::LeadDispatcher</name>
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
        <source>Lead %1 does not exist.</source>
        <translation>Лийд %1 не съществува.</translation>
    </message>
    <message>
        <source>entered by hand by the owner</source>
        <translation>въведен ръчно от отговорника</translation>
    </message>
    <message>
        <source>kept %1 (owner of an open deal at the company)</source>
        <translation>запазен е %1 (отговорник на отворена сделка в компанията)</translation>
    </message>
    <message>
        <source>User %1 does not exist.</source>
        <translation>Потребител %1 не съществува.</translation>
    </message>
    <message>
        <source>reassigned to %1</source>
        <translation>преразпределен на %1</translation>
    </message>
    <message>
        <source>Call %1 – %2</source>
        <translation>Обаждане на %1 – %2</translation>
    </message>
    <message>
        <source>%1 – due in %2</source>
        <translation>%1 – срок след %2</translation>
    </message>
    <message>
        <source>%1 is yours now (%2).</source>
        <translation>%1 вече е ваш (%2).</translation>
    </message>
    <message>
        <source>Named account: %1</source>
        <translation>Ключов клиент: %1</translation>
    </message>
    <message>
        <source>Lead %1 does not exist or is not yours.</source>
        <translation>Лийд %1 не съществува или не е ваш.</translation>
    </message>
    <message>
        <source>Say why the lead is disqualified.</source>
        <translation>Посочете защо лийдът е дисквалифициран.</translation>
    </message>
    <message>
        <source>disqualified: %1</source>
        <translation>дисквалифициран: %1</translation>
    </message>
    <message>
        <source>Task %1 is not open or not yours.</source>
        <translation>Задача %1 не е отворена или не е ваша.</translation>
    </message>
    <message>
        <source>Only managers and admins can reassign leads.</source>
        <translation>Само мениджъри и администратори могат да преразпределят лийдове.</translation>
    </message>
    <message>
        <source>The new owner must be an active user.</source>
        <translation>Новият отговорник трябва да е активен потребител.</translation>
    </message>
    <message>
        <source>A manager can only hand leads to their own team.</source>
        <translation>Мениджърът може да предава лийдове само на собствения си екип.</translation>
    </message>
    <message>
        <source>reassigned by hand</source>
        <translation>преразпределен ръчно</translation>
    </message>
    <message>
        <source>reassigned by %1</source>
        <translation>преразпределен от %1</translation>
    </message>
    <message>
        <source>Only an admin or the user&apos;s manager can deactivate a user.</source>
        <translation>Само администратор или мениджърът на потребителя може да го деактивира.</translation>
    </message>
    <message>
        <source>Only the user, their manager or an admin can plan an absence.</source>
        <translation>Само потребителят, неговият мениджър или администратор може да планира отсъствие.</translation>
    </message>
    <message>
        <source>An absence must end after it starts.</source>
        <translation>Отсъствието трябва да приключва след началото си.</translation>
    </message>
    <message>
        <source>%1 is still waiting: %2 left on the SLA – call now.</source>
        <translation>%1 все още чака: остават %2 по SLA – обадете се сега.</translation>
    </message>
    <message>
        <source>SLA breached: %1 has not been contacted by %2.</source>
        <translation>Нарушено SLA: %2 не е осъществил контакт с %1.</translation>
    </message>
    <message>
        <source>Incident: %1 was reassigned to %2 after an SLA breach.</source>
        <translation>Инцидент: %1 е преразпределен на %2 след нарушение на SLA.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
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
    <message>
        <source>The file has no column &quot;%1&quot; to map. Columns: %2.</source>
        <translation>Във файла няма колона „%1“ за съпоставяне. Колони: %2.</translation>
    </message>
</context>
<context>
    <name>lr::LeadFormValidator</name>
    <message>
        <source>An email address is required.</source>
        <translation>Имейл адресът е задължителен.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a two-letter country code (ISO 3166), such as PL or BG.</source>
        <translation>„%1“ не е двубуквен код на държава (ISO 3166), например PL или BG.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a two-letter language code (ISO 639-1), such as en or bg.</source>
        <translation>„%1“ не е двубуквен код на език (ISO 639-1), например en или bg.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a lead source.</source>
        <translation>„%1“ не е източник на лийдове.</translation>
    </message>
    <message>
        <source>Free-mail address: the company will not be taken from the email domain.</source>
        <translation>Адрес в безплатна поща: компанията няма да бъде взета от имейл домейна.</translation>
    </message>
</context>
<context>
    <name>lr::LeadImportService</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 не може да бъде отворен: %2</translation>
    </message>
</context>
<context>
    <name>lr::LeadMerger</name>
    <message>
        <source>First name</source>
        <translation>Име</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
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
        <source>Company name</source>
        <translation>Име на компанията</translation>
    </message>
    <message>
        <source>Company account</source>
        <translation>Фирмен акаунт</translation>
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
        <source>Qualifying answer</source>
        <translation>Квалифициращ отговор</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Отговорник</translation>
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
        <source>Form</source>
        <translation>Формуляр</translation>
    </message>
    <message>
        <source>Form type</source>
        <translation>Вид формуляр</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Създаден</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Потребител %1</translation>
    </message>
    <message>
        <source>Company %1</source>
        <translation>Компания %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Same value</source>
        <translation>Еднаква стойност</translation>
    </message>
    <message>
        <source>Only the kept record has a value</source>
        <translation>Само запазеният запис има стойност</translation>
    </message>
    <message>
        <source>Only the other record has a value</source>
        <translation>Само другият запис има стойност</translation>
    </message>
    <message>
        <source>Newer submission</source>
        <translation>По-ново подаване</translation>
    </message>
    <message>
        <source>First touch keeps the attribution</source>
        <translation>Първият контакт запазва атрибуцията</translation>
    </message>
    <message>
        <source>Owner of the older record</source>
        <translation>Отговорник на по-стария запис</translation>
    </message>
    <message>
        <source>Further along the funnel</source>
        <translation>По-напред във фунията</translation>
    </message>
    <message>
        <source>A lead cannot be merged with itself.</source>
        <translation>Лийд не може да бъде обединен сам със себе си.</translation>
    </message>
    <message>
        <source>One of the two leads no longer exists or is not visible to you.</source>
        <translation>Един от двата лийда вече не съществува или не е видим за вас.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field a merge can choose.</source>
        <translation>„%1“ не е поле, което обединяването може да избира.</translation>
    </message>
    <message>
        <source>Merge %1 does not exist.</source>
        <translation>Обединяване %1 не съществува.</translation>
    </message>
    <message>
        <source>This merge was already undone.</source>
        <translation>Това обединяване вече е отменено.</translation>
    </message>
    <message>
        <source>You may not change %1: the lead is not in your team.</source>
        <translation>Не можете да променяте %1: лийдът не е във вашия екип.</translation>
    </message>
    <message>
        <source>%1 was merged into another lead afterwards. Undo that merge first.</source>
        <translation>%1 впоследствие е обединен с друг лийд. Първо отменете това обединяване.</translation>
    </message>
    <message>
        <source>%1 no longer exists, so the merge cannot be undone.</source>
        <translation>%1 вече не съществува, затова обединяването не може да бъде отменено.</translation>
    </message>
    <message>
        <source>%1 was merged again afterwards (with %2). Undo that merge first.</source>
        <translation>%1 впоследствие е обединен отново (с %2). Първо отменете това обединяване.</translation>
    </message>
    <message>
        <source>%1 was edited after the merge (%2). Undoing would overwrite those edits, so nothing was changed.</source>
        <translation>%1 е редактиран след обединяването (%2). Отмяната би презаписала тези промени, затова нищо не е променено.</translation>
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
        <translation>Неподходящ момент</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Бюджет</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>Конкурент</translation>
    </message>
    <message>
        <source>No fit</source>
        <translation>Не отговаря на профила</translation>
    </message>
    <message>
        <source>No response</source>
        <translation>Няма отговор</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Друго</translation>
    </message>
</context>
<context>
    <name>lr::ManualLeadEntry</name>
    <message>
        <source>Lead %1 created and assigned to you.</source>
        <translation>Лийд %1 е създаден и възложен на вас.</translation>
    </message>
    <message>
        <source>Lead %1 created.</source>
        <translation>Лийд %1 е създаден.</translation>
    </message>
    <message>
        <source>This person is already a lead owned by someone else; the new details were added to that lead.</source>
        <translation>Това лице вече е лийд на друг отговорник; новите данни са добавени към този лийд.</translation>
    </message>
    <message>
        <source>This person was already a lead: the new details were merged into %1 (#%2).</source>
        <translation>Това лице вече е лийд: новите данни са обединени в %1 (#%2).</translation>
    </message>
    <message>
        <source>The lead was quarantined: %1</source>
        <translation>Лийдът е поставен под карантина: %1</translation>
    </message>
    <message>
        <source>The lead was not saved: %1</source>
        <translation>Лийдът не е записан: %1</translation>
    </message>
    <message>
        <source>Entered by hand by the owner</source>
        <translation>Въведен ръчно от отговорника</translation>
    </message>
</context>
<context>
    <name>lr::MergeRepository</name>
    <message>
        <source>Lead %1 does not exist.</source>
        <translation>Лийд %1 не съществува.</translation>
    </message>
    <message>
        <source>Merge %1 was already undone.</source>
        <translation>Обединяване %1 вече е отменено.</translation>
    </message>
</context>
<context>
    <name>lr::MetricsRepository</name>
    <message>
        <source>The metrics could not be read: %1</source>
        <translation>Показателите не можаха да бъдат прочетени: %1</translation>
    </message>
    <message>
        <source>The daily metrics are not kept per campaign.</source>
        <translation>Дневните показатели не се съхраняват по кампании.</translation>
    </message>
</context>
<context>
    <name>lr::MetricsService</name>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Периодът завършва преди да е започнал.</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Без отговорник</translation>
    </message>
</context>
<context>
    <name>lr::NotificationRepository</name>
    <message>
        <source>Notification %1 is not yours.</source>
        <translation>Известие %1 не е ваше.</translation>
    </message>
</context>
<context>
    <name>lr::Notifier</name>
    <message>
        <source>@%1: %2</source>
        <translation>@%1: %2</translation>
    </message>
</context>
<context>
    <name>lr::OpenDealAttacher</name>
    <message>
        <source>New contact at %1 — open deal %2</source>
        <translation>Нов контакт в %1 — отворена сделка %2</translation>
    </message>
    <message>
        <source>%1 has the open deal &quot;%2&quot;: assigned to its owner %3, who was notified.</source>
        <translation>%1 има отворената сделка „%2“: възложен е на нейния отговорник %3, който е уведомен.</translation>
    </message>
</context>
<context>
    <name>lr::Permissions</name>
    <message>
        <source>%1 is not an active user.</source>
        <translation>%1 не е активен потребител.</translation>
    </message>
    <message>
        <source>Only managers and administrators may import leads.</source>
        <translation>Само мениджъри и администратори могат да импортират лийдове.</translation>
    </message>
    <message>
        <source>Only administrators may change the intake settings.</source>
        <translation>Само администратори могат да променят настройките за приемане.</translation>
    </message>
    <message>
        <source>Only managers and administrators may import deals.</source>
        <translation>Само мениджъри и администратори могат да импортират сделки.</translation>
    </message>
    <message>
        <source>Only administrators may edit pipelines and their stages.</source>
        <translation>Само администратори могат да редактират фунии и техните етапи.</translation>
    </message>
    <message>
        <source>You may not do this.</source>
        <translation>Нямате право да направите това.</translation>
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
        <translation>Всеки етап трябва да има име.</translation>
    </message>
    <message>
        <source>Two stages are called %1.</source>
        <translation>Два етапа се казват %1.</translation>
    </message>
    <message>
        <source>The probability of %1 must be from 0 to 100 %.</source>
        <translation>Вероятността за %1 трябва да е от 0 до 100 %.</translation>
    </message>
    <message>
        <source>The stale probability of %1 must be from 0 to 100 %.</source>
        <translation>Вероятността при застой за %1 трябва да е от 0 до 100 %.</translation>
    </message>
    <message>
        <source>The days of %1 must be from 0 to 3650.</source>
        <translation>Дните за %1 трябва да са от 0 до 3650.</translation>
    </message>
    <message>
        <source>%1 requires &quot;%2&quot;, which is no deal field.</source>
        <translation>%1 изисква „%2“, което не е поле на сделка.</translation>
    </message>
    <message>
        <source>Two stages are entered on the same fact (%1).</source>
        <translation>Два етапа се достигат при едно и също събитие (%1).</translation>
    </message>
    <message>
        <source>%1 cannot be entered on the fact %2.</source>
        <translation>%1 не може да се достигне при събитието %2.</translation>
    </message>
    <message>
        <source>A pipeline needs at least one open stage.</source>
        <translation>Фунията трябва да има поне един отворен етап.</translation>
    </message>
    <message>
        <source>A pipeline needs exactly one won and one lost stage.</source>
        <translation>Фунията трябва да има точно един етап „Спечелена“ и един „Загубена“.</translation>
    </message>
    <message>
        <source>A pipeline needs a name.</source>
        <translation>Фунията трябва да има име.</translation>
    </message>
    <message>
        <source>There is no pipeline %1.</source>
        <translation>Няма фуния %1.</translation>
    </message>
    <message>
        <source>New Lead</source>
        <translation>Нов лийд</translation>
    </message>
    <message>
        <source>Attempted Contact</source>
        <translation>Опит за контакт</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Осъществен контакт</translation>
    </message>
    <message>
        <source>Discovery Booked</source>
        <translation>Насрочен опознавателен разговор</translation>
    </message>
    <message>
        <source>Proposal Sent</source>
        <translation>Изпратена оферта</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>Преговори</translation>
    </message>
    <message>
        <source>Closed Won</source>
        <translation>Спечелена</translation>
    </message>
    <message>
        <source>Closed Lost</source>
        <translation>Загубена</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Невалидна</translation>
    </message>
</context>
<context>
    <name>lr::PipelineRepository</name>
    <message>
        <source>A pipeline called %1 exists already.</source>
        <translation>Вече съществува фуния с име %1.</translation>
    </message>
    <message>
        <source>There is no pipeline %1.</source>
        <translation>Няма фуния %1.</translation>
    </message>
    <message numerus="yes">
        <source>The stage %1 still holds %n deal(s); move them before removing it.</source>
        <translation>
            <numerusform>Етапът %1 все още съдържа %n сделка; преместете я, преди да го премахнете.</numerusform>
            <numerusform>Етапът %1 все още съдържа %n сделки; преместете ги, преди да го премахнете.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lr::PipelineRules</name>
    <message>
        <source>&quot;%1&quot; must be a number of days from 1 to 3650.</source>
        <translation>„%1“ трябва да е брой дни от 1 до 3650.</translation>
    </message>
    <message>
        <source>Kick-off call with the customer</source>
        <translation>Встъпителен разговор с клиента</translation>
    </message>
    <message>
        <source>Hand the account over to onboarding</source>
        <translation>Предай клиента на екипа по въвеждане</translation>
    </message>
    <message>
        <source>Send the invoice details to billing</source>
        <translation>Изпрати данните за фактуриране на счетоводството</translation>
    </message>
    <message>
        <source>The ghost-buster&apos;s lost reason &quot;%1&quot; is not on the list: %2.</source>
        <translation>Причината за загуба „%1“ за неактивни сделки не е в списъка: %2.</translation>
    </message>
    <message>
        <source>The check-in reason &quot;%1&quot; is not on the list: %2.</source>
        <translation>Причината за повторен контакт „%1“ не е в списъка: %2.</translation>
    </message>
</context>
<context>
    <name>lr::PipelineTimers</name>
    <message>
        <source>Close &quot;%1&quot; as lost: no answer after the break-up email; it needs %2</source>
        <translation>Затворете „%1“ като загубена: няма отговор след прощалния имейл; нужно е %2</translation>
    </message>
    <message>
        <source>Check in with &quot;%1&quot;: lost for %2 on %3.</source>
        <translation>Свържете се отново с „%1“: загубена поради %2 на %3.</translation>
    </message>
    <message>
        <source>Account review for &quot;%1&quot; (won on %2): room for an upsell?</source>
        <translation>Преглед на клиента „%1“ (спечелена на %2): има ли възможност за допълнителна продажба?</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Send &quot;%1&quot; a break-up email: no answer %2. It closes as lost %3 unless they reply.</source>
        <translation>Изпратете на „%1“ прощален имейл: няма отговор %2. Сделката ще бъде затворена като загубена %3, ако няма отговор.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has been in %2 %3; its probability dropped to %4 %. Move it on or close it.</source>
        <translation>„%1“ е в %2 %3; вероятността ѝ падна до %4 %. Преместете я напред или я затворете.</translation>
    </message>
    <message>
        <source>Send &quot;%1&quot; a break-up email: no answer for %2 days. It closes as lost in %3 days unless they reply.</source>
        <translation>Изпратете на „%1“ прощален имейл: няма отговор от %2 дни. Сделката ще бъде затворена като загубена след %3 дни, ако няма отговор.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has been in %2 for over %3 days; its probability dropped to %4 %. Move it on or close it.</source>
        <translation>„%1“ е в %2 повече от %3 дни; вероятността ѝ падна до %4 %. Преместете я напред или я затворете.</translation>
    </message>
</context>
<context>
    <name>lr::QuarantineRepository</name>
    <message>
        <source>Only quarantined or failed entries can be discarded (entry %1).</source>
        <translation>Само записи под карантина или неуспешни записи могат да бъдат отхвърлени (запис %1).</translation>
    </message>
</context>
<context>
    <name>lr::QuarantineService</name>
    <message>
        <source>Only an admin may review rejected submissions and edit the hygiene lists.</source>
        <translation>Само администратор може да преглежда отхвърлени подавания и да редактира списъците за чистота на данните.</translation>
    </message>
    <message>
        <source>Journal entry %1 does not exist.</source>
        <translation>Запис %1 в журнала не съществува.</translation>
    </message>
    <message>
        <source>The period must be at least one day.</source>
        <translation>Периодът трябва да е поне един ден.</translation>
    </message>
    <message>
        <source>Every field needs a name.</source>
        <translation>Всяко поле трябва да има име.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; appears twice.</source>
        <translation>Полето „%1“ се среща два пъти.</translation>
    </message>
    <message>
        <source>Entry %1 is %2; only quarantined or failed entries can be re-processed.</source>
        <translation>Запис %1 е със статус %2; само записи под карантина или неуспешни записи могат да бъдат обработени повторно.</translation>
    </message>
    <message>
        <source>Entry %1: %2</source>
        <translation>Запис %1: %2</translation>
    </message>
</context>
<context>
    <name>lr::RejectedRowsWriter</name>
    <message>
        <source>Choose another file: %1 is the file that was imported.</source>
        <translation>Изберете друг файл: %1 е файлът, който беше импортиран.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Файлът %1 не може да бъде прочетен: %2</translation>
    </message>
    <message>
        <source>%1 is empty now; was it changed after the import?</source>
        <translation>%1 вече е празен; променян ли е след импортирането?</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 не може да бъде записан: %2</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>%1 has fewer rows than were imported; was it changed after the import?</source>
        <translation>%1 има по-малко редове от импортираните; променян ли е след импортирането?</translation>
    </message>
</context>
<context>
    <name>lr::ReviewState</name>
    <message>
        <source>Quarantined</source>
        <translation>Под карантина</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Неуспешно</translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation>Отхвърлено</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Изчакващо</translation>
    </message>
    <message>
        <source>Processed</source>
        <translation>Обработено</translation>
    </message>
</context>
<context>
    <name>lr::Router</name>
    <message>
        <source>the user no longer exists</source>
        <translation>потребителят вече не съществува</translation>
    </message>
    <message>
        <source>%1 is not a named account</source>
        <translation>%1 не е ключов клиент</translation>
    </message>
    <message>
        <source>the lead&apos;s domain</source>
        <translation>домейнът на лийда</translation>
    </message>
    <message>
        <source>named account %1</source>
        <translation>ключов клиент %1</translation>
    </message>
    <message>
        <source>the account owner no longer exists</source>
        <translation>отговорникът на клиента вече не съществува</translation>
    </message>
    <message>
        <source>team %1</source>
        <translation>екип %1</translation>
    </message>
    <message>
        <source>reps who speak %1</source>
        <translation>търговци, говорещи %1</translation>
    </message>
    <message>
        <source>%1 reps</source>
        <translation>търговци %1</translation>
    </message>
    <message>
        <source>reps covering %1</source>
        <translation>търговци, покриващи %1</translation>
    </message>
    <message>
        <source>senior reps</source>
        <translation>старши търговци</translation>
    </message>
    <message>
        <source>in team %1</source>
        <translation>в екип %1</translation>
    </message>
    <message>
        <source>all reps</source>
        <translation>всички търговци</translation>
    </message>
    <message>
        <source>nobody fits (%1)</source>
        <translation>никой не отговаря (%1)</translation>
    </message>
    <message>
        <source>manager of %1</source>
        <translation>мениджър на %1</translation>
    </message>
    <message>
        <source>first available manager</source>
        <translation>първи свободен мениджър</translation>
    </message>
    <message>
        <source>first available admin</source>
        <translation>първи свободен администратор</translation>
    </message>
    <message>
        <source>rule %1 %2: %3</source>
        <translation>правило %1 %2: %3</translation>
    </message>
    <message>
        <source>rule %1 %2 → %3, %4</source>
        <translation>правило %1 %2 → %3, %4</translation>
    </message>
    <message>
        <source>skipped %1 (current owner)</source>
        <translation>пропуснат %1 (текущ отговорник)</translation>
    </message>
    <message>
        <source>skipped %1 (%2)</source>
        <translation>пропуснат %1 (%2)</translation>
    </message>
    <message>
        <source>Nobody is active to take the lead.</source>
        <translation>Няма активен потребител, който да поеме лийда.</translation>
    </message>
    <message>
        <source>nobody available → %1 (%2)</source>
        <translation>никой не е на разположение → %1 (%2)</translation>
    </message>
    <message>
        <source>no rule matched → %1 (%2)</source>
        <translation>няма съвпадащо правило → %1 (%2)</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
</context>
<context>
    <name>lr::RoutingRepository</name>
    <message>
        <source>new lead</source>
        <translation>нов лийд</translation>
    </message>
    <message>
        <source>reassigned for SLA breach</source>
        <translation>преразпределен поради нарушено SLA</translation>
    </message>
    <message>
        <source>owner out of office</source>
        <translation>отговорникът е извън офиса</translation>
    </message>
    <message>
        <source>owner deactivated</source>
        <translation>отговорникът е деактивиран</translation>
    </message>
    <message>
        <source>reassigned by hand</source>
        <translation>преразпределен ръчно</translation>
    </message>
    <message>
        <source>fallback owner</source>
        <translation>резервен отговорник</translation>
    </message>
    <message>
        <source>A named account needs a domain and an owner.</source>
        <translation>Ключовият клиент трябва да има домейн и отговорник.</translation>
    </message>
</context>
<context>
    <name>lr::RoutingRuleSet</name>
    <message>
        <source>least loaded</source>
        <translation>най-малко натоварен</translation>
    </message>
    <message>
        <source>round robin</source>
        <translation>поред (round robin)</translation>
    </message>
    <message>
        <source>Routing rules must be a list under &quot;rules&quot;.</source>
        <translation>Правилата за разпределение трябва да са списък под „rules“.</translation>
    </message>
    <message>
        <source>Rule %1 (%2): %3</source>
        <translation>Правило %1 (%2): %3</translation>
    </message>
    <message>
        <source>Rule %1 (%2): unknown target type &quot;%3&quot;.</source>
        <translation>Правило %1 (%2): непознат вид цел „%3“.</translation>
    </message>
    <message>
        <source>Rule %1 (%2): unknown strategy &quot;%3&quot;.</source>
        <translation>Правило %1 (%2): непозната стратегия „%3“.</translation>
    </message>
    <message>
        <source>Rule %1 (%2) repeats the key &quot;%3&quot;.</source>
        <translation>Правило %1 (%2) повтаря ключа „%3“.</translation>
    </message>
    <message>
        <source>Rule %1 (%2) points to a user who no longer exists.</source>
        <translation>Правило %1 (%2) сочи към потребител, който вече не съществува.</translation>
    </message>
    <message>
        <source>Rule %1 (%2) points to %3, who is inactive.</source>
        <translation>Правило %1 (%2) сочи към %3, който е неактивен.</translation>
    </message>
    <message>
        <source>Rule %1 (%2) points to a team that no longer exists.</source>
        <translation>Правило %1 (%2) сочи към екип, който вече не съществува.</translation>
    </message>
    <message>
        <source>Rule %1 (%2) lists a user who no longer exists.</source>
        <translation>Правило %1 (%2) съдържа потребител, който вече не съществува.</translation>
    </message>
    <message>
        <source>There is no enabled default rule (a rule without conditions): a lead that matches no rule would be left without an owner.</source>
        <translation>Няма активно правило по подразбиране (правило без условия): лийд, който не отговаря на нито едно правило, ще остане без отговорник.</translation>
    </message>
    <message>
        <source>Named account</source>
        <translation>Ключов клиент</translation>
    </message>
    <message>
        <source>Enterprise (more than 500 employees)</source>
        <translation>Големи компании (над 500 служители)</translation>
    </message>
    <message>
        <source>Territory %1 (%2)</source>
        <translation>Територия %1 (%2)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Език</translation>
    </message>
    <message>
        <source>Referral → senior reps</source>
        <translation>Препоръка → старши търговци</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>По подразбиране</translation>
    </message>
    <message>
        <source>One person</source>
        <translation>Един човек</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Екип</translation>
    </message>
    <message>
        <source>Named account owner</source>
        <translation>Собственик на ключовия клиент</translation>
    </message>
    <message>
        <source>Pool of reps</source>
        <translation>Група търговци</translation>
    </message>
</context>
<context>
    <name>lr::RoutingSettings</name>
    <message>
        <source>Only admins can change the routing rules.</source>
        <translation>Само администратори могат да променят правилата за разпределение.</translation>
    </message>
    <message>
        <source>Only admins can change the SLA policies.</source>
        <translation>Само администратори могат да променят SLA политиките.</translation>
    </message>
</context>
<context>
    <name>lr::RuleRepository</name>
    <message>
        <source>A rule document needs a kind.</source>
        <translation>Документът с правила трябва да има вид.</translation>
    </message>
</context>
<context>
    <name>lr::ScoreRepository</name>
    <message>
        <source>Lead %1 does not exist.</source>
        <translation>Лийд %1 не съществува.</translation>
    </message>
</context>
<context>
    <name>lr::ScoringConfig</name>
    <message>
        <source>A scoring rule set needs a &quot;rules&quot; list.</source>
        <translation>Наборът правила за оценка трябва да има списък „rules“.</translation>
    </message>
    <message>
        <source>Rule %1: unknown axis &quot;%2&quot; (fit, intent or timing).</source>
        <translation>Правило %1: непозната ос „%2“ (fit, intent или timing).</translation>
    </message>
    <message>
        <source>Rule %1: &quot;points&quot; must be a number.</source>
        <translation>Правило %1: „points“ трябва да е число.</translation>
    </message>
    <message>
        <source>Rule %1 (%2): %3</source>
        <translation>Правило %1 (%2): %3</translation>
    </message>
    <message>
        <source>The thresholds must lie between 0 and 100.</source>
        <translation>Праговете трябва да са между 0 и 100.</translation>
    </message>
    <message>
        <source>Rule %1 needs an id and a name.</source>
        <translation>Правило %1 трябва да има ID и име.</translation>
    </message>
    <message>
        <source>Two rules share the id &quot;%1&quot;.</source>
        <translation>Две правила имат едно и също ID „%1“.</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot;: points must lie between -100 and 100.</source>
        <translation>Правило „%1“: точките трябва да са между -100 и 100.</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; needs at least one condition.</source>
        <translation>Правило „%1“ трябва да има поне едно условие.</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot;, condition %2: %3</source>
        <translation>Правило „%1“, условие %2: %3</translation>
    </message>
    <message>
        <source>Form &quot;%1&quot;: unknown form type &quot;%2&quot; (%3).</source>
        <translation>Формуляр „%1“: непознат вид формуляр „%2“ (%3).</translation>
    </message>
    <message>
        <source>MQL (%1) must be below SQL (%2): the thresholds rise from Nurture to MQL to SQL.</source>
        <translation>MQL (%1) трябва да е под SQL (%2): праговете нарастват от „Подгряване“ през MQL до SQL.</translation>
    </message>
    <message>
        <source>Nurture (%1) must be below MQL (%2): the thresholds rise from Nurture to MQL to SQL.</source>
        <translation>„Подгряване“ (%1) трябва да е под MQL (%2): праговете нарастват от „Подгряване“ през MQL до SQL.</translation>
    </message>
    <message>
        <source>Demo request form</source>
        <translation>Заявка за демо</translation>
    </message>
    <message>
        <source>Pricing page visit</source>
        <translation>Посещение на страницата с цени</translation>
    </message>
    <message>
        <source>Company size 50–200</source>
        <translation>Размер на компанията 50–200</translation>
    </message>
    <message>
        <source>C-level, CEO or founder</source>
        <translation>Висш мениджър, изпълнителен директор или основател</translation>
    </message>
    <message>
        <source>Free-mail address (Gmail, Yahoo, …)</source>
        <translation>Адрес от безплатна поща (Gmail, Yahoo, …)</translation>
    </message>
    <message>
        <source>Student or intern</source>
        <translation>Студент или стажант</translation>
    </message>
    <message>
        <source>Target industry</source>
        <translation>Целева индустрия</translation>
    </message>
    <message>
        <source>3+ emails opened</source>
        <translation>Отворени 3+ имейла</translation>
    </message>
    <message>
        <source>Ghosted 14 days</source>
        <translation>Без отговор 14 дни</translation>
    </message>
    <message>
        <source>Budget approved</source>
        <translation>Одобрен бюджет</translation>
    </message>
    <message>
        <source>Buying this quarter</source>
        <translation>Покупка това тримесечие</translation>
    </message>
</context>
<context>
    <name>lr::ScoringRuleSet</name>
    <message>
        <source>Rule &quot;%1&quot;: %2</source>
        <translation>Правило „%1“: %2</translation>
    </message>
    <message>
        <source>Email opens alone never make a lead SQL</source>
        <translation>Само отваряния на имейли никога не правят лийда SQL</translation>
    </message>
    <message>
        <source>%1 points from email opens</source>
        <translation>точки от отваряния на имейли: %1</translation>
    </message>
</context>
<context>
    <name>lr::ScoringService</name>
    <message>
        <source>Scoring rules version %1 could not be read.</source>
        <translation>Версия %1 на правилата за оценка не можа да бъде прочетена.</translation>
    </message>
    <message>
        <source>Scoring rules version %1 are damaged: %2</source>
        <translation>Версия %1 на правилата за оценка е повредена: %2</translation>
    </message>
    <message>
        <source>Lead %1 does not exist.</source>
        <translation>Лийд %1 не съществува.</translation>
    </message>
    <message>
        <source>There is no lead %1 that you may see.</source>
        <translation>Няма лийд %1, който можете да виждате.</translation>
    </message>
    <message>
        <source>There is no lead with the address %1.</source>
        <translation>Няма лийд с адрес %1.</translation>
    </message>
    <message>
        <source>There is no lead with the address %1 that you may see.</source>
        <translation>Няма лийд с адрес %1, който можете да виждате.</translation>
    </message>
    <message>
        <source>%1 is not an active user.</source>
        <translation>%1 не е активен потребител.</translation>
    </message>
    <message>
        <source>There is no lead %1 that you may edit.</source>
        <translation>Няма лийд %1, който можете да редактирате.</translation>
    </message>
    <message>
        <source>Only administrators may change the scoring rules.</source>
        <translation>Само администратори могат да променят правилата за оценка.</translation>
    </message>
    <message>
        <source>The impact preview needs at least one day.</source>
        <translation>Прегледът на въздействието изисква поне един ден.</translation>
    </message>
</context>
<context>
    <name>lr::SettingsRepository</name>
    <message>
        <source>A setting needs a name.</source>
        <translation>Настройката трябва да има име.</translation>
    </message>
</context>
<context>
    <name>lr::Simulator</name>
    <message>
        <source>Every user needs a name.</source>
        <translation>Всеки потребител трябва да има име.</translation>
    </message>
    <message>
        <source>%1 has an unknown role.</source>
        <translation>%1 има непозната роля.</translation>
    </message>
    <message>
        <source>%1 has an out-of-office range that is not two dates.</source>
        <translation>%1 има период извън офиса, който не се състои от две дати.</translation>
    </message>
    <message>
        <source>half of the %1 SLA gone</source>
        <translation>изтекла е половината от SLA %1</translation>
    </message>
    <message>
        <source>%1 SLA breached by %2</source>
        <translation>SLA %1 е нарушено с %2</translation>
    </message>
    <message>
        <source>reassigned for SLA breach: %1 → %2</source>
        <translation>преразпределен поради нарушено SLA: %1 → %2</translation>
    </message>
    <message>
        <source>&quot;start&quot; must be an ISO time such as 2026-11-23T09:00:00Z.</source>
        <translation>„start“ трябва да е време по ISO, например 2026-11-23T09:00:00Z.</translation>
    </message>
    <message>
        <source>&quot;run_until&quot; must be a time after the start or an offset such as +3h.</source>
        <translation>„run_until“ трябва да е време след началото или отместване, например +3h.</translation>
    </message>
    <message>
        <source>&quot;rules&quot; is &quot;default&quot; or an object with &quot;routing&quot; and/or &quot;sla&quot;.</source>
        <translation>„rules“ е „default“ или обект с „routing“ и/или „sla“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time.</source>
        <translation>„%1“ не е време.</translation>
    </message>
    <message>
        <source>The lead %1 was not accepted: %2</source>
        <translation>Лийдът %1 не е приет: %2</translation>
    </message>
    <message>
        <source>A touch names %1, which is not a lead of the scenario.</source>
        <translation>Контакт посочва %1, който не е лийд от сценария.</translation>
    </message>
    <message>
        <source>Unknown touch type &quot;%1&quot;.</source>
        <translation>Непознат вид контакт „%1“.</translation>
    </message>
</context>
<context>
    <name>lr::SlaPolicySet</name>
    <message>
        <source>SLA policies must be a list under &quot;policies&quot;.</source>
        <translation>SLA политиките трябва да са списък под „policies“.</translation>
    </message>
    <message>
        <source>Every SLA policy needs a key.</source>
        <translation>Всяка SLA политика трябва да има ключ.</translation>
    </message>
    <message>
        <source>The SLA policy key &quot;%1&quot; is used twice.</source>
        <translation>Ключът на SLA политика „%1“ е използван два пъти.</translation>
    </message>
    <message>
        <source>The SLA policy &quot;%1&quot; needs a target of at least one minute.</source>
        <translation>SLA политиката „%1“ трябва да има цел от поне една минута.</translation>
    </message>
    <message>
        <source>The ladder of &quot;%1&quot; must rise: nudge &lt; manager alert &lt; reassignment (percent).</source>
        <translation>Стъпките на „%1“ трябва да нарастват: напомняне &lt; сигнал към мениджъра &lt; преразпределение (процент).</translation>
    </message>
    <message>
        <source>One SLA policy must match every lead (no lead types selected).</source>
        <translation>Една SLA политика трябва да обхваща всички лийдове (без избрани видове лийдове).</translation>
    </message>
    <message>
        <source>Hot / SQL</source>
        <translation>Горещ / SQL</translation>
    </message>
    <message>
        <source>hot inbound</source>
        <translation>горещ входящ</translation>
    </message>
    <message>
        <source>Demo request</source>
        <translation>Заявка за демо</translation>
    </message>
    <message>
        <source>demo request</source>
        <translation>заявка за демо</translation>
    </message>
    <message>
        <source>MQL</source>
        <translation>MQL</translation>
    </message>
    <message>
        <source>New lead</source>
        <translation>Нов лийд</translation>
    </message>
    <message>
        <source>new inbound</source>
        <translation>нов входящ</translation>
    </message>
</context>
<context>
    <name>lr::SlaRepository</name>
    <message>
        <source>The SLA clock of lead %1 was not stored.</source>
        <translation>SLA часовникът на лийд %1 не е записан.</translation>
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
    <name>lr::TeamService</name>
    <message>
        <source>A user needs a name.</source>
        <translation>Потребителят трябва да има име.</translation>
    </message>
    <message>
        <source>Capacity must be between 0 and 10000 open leads.</source>
        <translation>Капацитетът трябва да е между 0 и 10000 отворени лийда.</translation>
    </message>
    <message>
        <source>Working hours must start before they end, within one day.</source>
        <translation>Работното време трябва да започва преди края си, в рамките на един ден.</translation>
    </message>
    <message>
        <source>Pick at least one working day.</source>
        <translation>Изберете поне един работен ден.</translation>
    </message>
    <message>
        <source>%1 is not a known time zone.</source>
        <translation>%1 не е известна часова зона.</translation>
    </message>
    <message>
        <source>%1 is not a two-letter country code.</source>
        <translation>%1 не е двубуквен код на държава.</translation>
    </message>
    <message>
        <source>%1 is not a two-letter language code.</source>
        <translation>%1 не е двубуквен код на език.</translation>
    </message>
    <message>
        <source>%1 is not a segment.</source>
        <translation>%1 не е сегмент.</translation>
    </message>
    <message>
        <source>Team %1 does not exist.</source>
        <translation>Екип %1 не съществува.</translation>
    </message>
    <message>
        <source>An absence must end after it starts.</source>
        <translation>Отсъствието трябва да приключва след началото си.</translation>
    </message>
    <message>
        <source>User %1 does not exist.</source>
        <translation>Потребител %1 не съществува.</translation>
    </message>
    <message>
        <source>Reps cannot edit the team.</source>
        <translation>Търговците не могат да редактират екипа.</translation>
    </message>
    <message>
        <source>A manager can only edit the people of their own team.</source>
        <translation>Мениджърът може да редактира само хората от собствения си екип.</translation>
    </message>
    <message>
        <source>Only an admin can change a role or a team.</source>
        <translation>Само администратор може да променя роля или екип.</translation>
    </message>
    <message>
        <source>You cannot deactivate yourself.</source>
        <translation>Не можете да деактивирате себе си.</translation>
    </message>
    <message>
        <source>The hours of %1 must start before they end, within one day.</source>
        <translation>Работното време в %1 трябва да започва преди края си, в рамките на един ден.</translation>
    </message>
    <message>
        <source>Only an admin can add people to the team.</source>
        <translation>Само администратор може да добавя хора в екипа.</translation>
    </message>
    <message>
        <source>This database has users already; an admin adds the next ones.</source>
        <translation>Тази база вече има потребители; следващите добавя администратор.</translation>
    </message>
    <message>
        <source>A user needs an e-mail address to sign in with.</source>
        <translation>Потребителят се нуждае от имейл адрес, с който да влиза.</translation>
    </message>
    <message>
        <source>%1 already signs in as another user.</source>
        <translation>С адреса %1 вече влиза друг потребител.</translation>
    </message>
    <message>
        <source>A team needs a name.</source>
        <translation>Екипът трябва да има име.</translation>
    </message>
    <message>
        <source>There is a team called %1 already.</source>
        <translation>Вече има екип с име %1.</translation>
    </message>
    <message>
        <source>A team&apos;s manager must be an active user with the manager role.</source>
        <translation>Мениджър на екип може да бъде само активен потребител с ролята на мениджър.</translation>
    </message>
    <message>
        <source>Only an admin can add or change teams.</source>
        <translation>Само администратор може да добавя и променя екипи.</translation>
    </message>
    <message>
        <source>%1 is in the team %2; move them to this team on the Team page first.</source>
        <translation>%1 е в екипа %2; първо преместете човека в този екип на страницата „Екип“.</translation>
    </message>
    <message>
        <source>%1 already manages the team %2.</source>
        <translation>%1 вече управлява екипа %2.</translation>
    </message>
    <message>
        <source>%1 manages the team %2: give the team another manager first (Teams…).</source>
        <translation>%1 управлява екипа %2: първо назначете друг мениджър на екипа (Екипи…).</translation>
    </message>
</context>
<context>
    <name>lr::TimerRepository</name>
    <message>
        <source>A timer needs a dedupe key.</source>
        <translation>Таймерът трябва да има ключ за дедупликация.</translation>
    </message>
    <message>
        <source>A timer needs a kind.</source>
        <translation>Таймерът трябва да има вид.</translation>
    </message>
    <message>
        <source>The timer %1 could not be stored.</source>
        <translation>Таймерът %1 не можа да бъде записан.</translation>
    </message>
</context>
<context>
    <name>lr::TitleKeywords</name>
    <message>
        <source>C-level executive</source>
        <translation>Висш ръководител (C-level)</translation>
    </message>
    <message>
        <source>Founder or owner</source>
        <translation>Основател или собственик</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Студент</translation>
    </message>
    <message>
        <source>Intern or trainee</source>
        <translation>Стажант</translation>
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
    <message>
        <source>Working hours must start before they end, within one day.</source>
        <translation>Работното време трябва да започва преди края си, в рамките на един ден.</translation>
    </message>
</context>
<context>
    <name>lr::WebhookHost</name>
    <message>
        <source>Webhook: off</source>
        <translation>Уебхук: изключен</translation>
    </message>
    <message>
        <source>Webhook: not started: %1</source>
        <translation>Уебхук: не е стартиран: %1</translation>
    </message>
    <message>
        <source>Webhook: %1</source>
        <translation>Уебхук: %1</translation>
    </message>
    <message>
        <source>Webhook: listening on %1:%2</source>
        <translation>Уебхук: слуша на %1:%2</translation>
    </message>
</context>
<context>
    <name>lr::WebhookOutbox</name>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP статус %1</translation>
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
        <source>Send the event as application/json.</source>
        <translation>Изпратете събитието като application/json.</translation>
    </message>
    <message>
        <source>Use %1.</source>
        <translation>Използвайте %1.</translation>
    </message>
    <message>
        <source>There is nothing at %1. The intake answers POST /v1/submissions, POST /v1/events and GET /v1/health.</source>
        <translation>На %1 няма нищо. Приемането отговаря на POST /v1/submissions, POST /v1/events и GET /v1/health.</translation>
    </message>
</context>
<context>
    <name>lr::WhatIf</name>
    <message>
        <source>Replay between 1 and 365 days.</source>
        <translation>Периодът за възпроизвеждане трябва да е от 1 до 365 дни.</translation>
    </message>
</context>
<context>
    <name>lr::Words</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
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
        <translation>Употреба: leadrelayctl [--db PATH] COMMAND [OPTIONS]

Конзола на LeadRelay без графичен интерфейс: създаване на база данни, зареждане на демо данни, управление на потребители, експорт на лийдове.

Команди:
  init                  Създава базата данни (или я обновява до последната схема);
                        извежда пътя ѝ и версията на схемата.
  demo [--seed N] [--leads N] [--days N] [--now TIME] [--format text|json]
                        Попълва празна база данни с демо екип по продажбите и история на лийдове
                        (по подразбиране: 3000 лийда за последните 90 дни).
  users list [--format table|json]
                        Извежда списък на потребителите.
  users add --name NAME --email EMAIL --role rep|manager|admin [--team TEAM]
            [--territories DE,AT] [--languages de,en] [--segment smb|mid_market|enterprise]
            [--capacity N] [--timezone Europe/Berlin]
                        Добавя потребител към съществуващ екип.
  export leads [--format csv|json] [--as EMAIL]
                        Извежда всички лийдове на стандартния изход (JSON, освен при --format csv);
                        --as експортира само това, което този потребител може да вижда.
  import leads FILE [--map &quot;Header=field&quot;]... [--source NAME]
                        Импортира CSV с лийдове (експорт от HubSpot, Salesforce, Pipedrive или
                        електронна таблица): всеки ред се записва в журнала, валидира и дедуплицира;
                        извежда JSON обобщение {rows, created, merged, quarantined, errors}.
  import deals FILE [--map &quot;Header=field&quot;]... [--stage-map &quot;Won=Closed Won&quot;]...
               [--as EMAIL]
                        Импортира сделки от CSV експорт на друга CRM (HubSpot, Pipedrive,
                        Salesforce): създава липсващите компании и отговорници, запазва
                        историческите дати на ангажиране/затваряне; спечелените/загубените редове
                        без причина за загуба стават история. Полета: external_id, title, owner,
                        company, person_email, stage, status, value, currency, engaged_at,
                        closed_at, expected_close, product, lost_reason. Извежда JSON обобщение
                        {rows, created, merged, quarantined, errors, history, ...}.
  import firmographics FILE [--as EMAIL]
                        Импортира CSV с фирмени данни (Domain/Website, Company, Employees,
                        Industry, Revenue, Country, LinkedIn) в локалната таблица за обогатяване,
                        като обновява известните домейни; извежда JSON обобщение
                        {rows, created, updated, rejected, errors}. Само за администратори.
  enrich [--provider local|http] [--url T] [--timeout-ms N] [--retries N] [--limit N]
         [--as EMAIL]
                        Попълва празните полета на компании, които не са проверявани скоро,
                        от локалната таблица (по подразбиране) или от HTTP JSON доставчика (URL
                        шаблон с {domain}; стойности по подразбиране от настройките на
                        приложението); извежда JSON обобщение. Само за администратори.
  serve [--bind 127.0.0.1] [--port 8088] [--token T]
                        Стартира приемането чрез уебхук (POST /v1/submissions, GET /v1/health)
                        до прекъсване; токенът може да идва и от $LEADRELAY_TOKEN.
  deals list [--format json] [--stage STAGE] [--as EMAIL]
                        Извежда сделките (видимите за --as) като JSON.
  deals move ID STAGE [--set field=value]... [--as EMAIL]
                        Премества сделка в друг етап, като първо задава полетата; код на изход 3
                        и липсващите полета, когато критериите за преминаване на етапа откажат.
%2  metrics [--from DATE] [--to DATE] [--team T] [--rep R] [--source S] [--campaign C]
          [--as EMAIL] [--format json]
                        Извежда всички показатели за периода (по подразбиране: последните 30 дни)
                        като JSON; ключовете са описани в docs/metrics.md.
%3  help                  Показва тази помощ.

Опции:
  --db PATH             Файлът на базата данни. По подразбиране: $LEADRELAY_DB, иначе
                        %1
  -h, --help            Показва тази помощ.
  --version             Показва версията.

Кодове на изход: 0 успех; 1 командата е неуспешна (съобщение в стандартния изход за грешки);
2 грешен команден ред (непозната команда или опция, липсващ или невалиден аргумент);
3 при преместване на сделка липсват полета, изисквани от целевия етап.
</translation>
    </message>
    <message>
        <source>&quot;import&quot; needs to know what: import leads FILE, import deals FILE or import firmographics FILE.</source>
        <translation>„import“ трябва да знае какво: import leads FILE, import deals FILE или import firmographics FILE.</translation>
    </message>
    <message>
        <source>&quot;import deals&quot; needs the CSV file to read.</source>
        <translation>„import deals“ изисква CSV файл за четене.</translation>
    </message>
    <message>
        <source>The option --%1 does not apply to &quot;import deals&quot;.</source>
        <translation>Опцията --%1 не се отнася за „import deals“.</translation>
    </message>
    <message>
        <source>&quot;import firmographics&quot; needs the CSV file to read.</source>
        <translation>„import firmographics“ изисква CSV файл за четене.</translation>
    </message>
    <message>
        <source>The option --%1 does not apply to &quot;import firmographics&quot;.</source>
        <translation>Опцията --%1 не се отнася за „import firmographics“.</translation>
    </message>
    <message>
        <source>The option --%1 does not apply to &quot;enrich&quot;.</source>
        <translation>Опцията --%1 не се отнася за „enrich“.</translation>
    </message>
    <message>
        <source>&quot;deals&quot; needs a subcommand: list or move.</source>
        <translation>„deals“ изисква подкоманда: list или move.</translation>
    </message>
    <message>
        <source>Unknown subcommand &quot;deals %1&quot;.</source>
        <translation>Непозната подкоманда „deals %1“.</translation>
    </message>
    <message>
        <source>&quot;deals move&quot; needs a deal id and a stage: deals move ID STAGE.</source>
        <translation>„deals move“ изисква ID на сделка и етап: deals move ID STAGE.</translation>
    </message>
    <message>
        <source>The option --%1 does not apply to &quot;deals %2&quot;.</source>
        <translation>Опцията --%1 не се отнася за „deals %2“.</translation>
    </message>
    <message>
        <source>--format for &quot;deals list&quot; is json, not &quot;%1&quot;.</source>
        <translation>--format за „deals list“ е json, а не „%1“.</translation>
    </message>
    <message>
        <source>The option --%1 does not apply to &quot;metrics&quot;.</source>
        <translation>Опцията --%1 не се отнася за „metrics“.</translation>
    </message>
    <message>
        <source>--format for &quot;metrics&quot; is json, not &quot;%1&quot;.</source>
        <translation>--format за „metrics“ е json, а не „%1“.</translation>
    </message>
</context>
<context>
    <name>lr::cli::DealsCommand</name>
    <message>
        <source>--stage-map takes &quot;Exported stage=LeadRelay stage&quot;, not &quot;%1&quot;.</source>
        <translation>--stage-map приема &quot;Exported stage=LeadRelay stage&quot;, а не „%1“.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Файлът %1 не може да бъде прочетен: %2</translation>
    </message>
    <message>
        <source>--set takes field=value, not &quot;%1&quot;.</source>
        <translation>--set приема field=value, а не „%1“.</translation>
    </message>
    <message>
        <source>--set: unknown deal field &quot;%1&quot;; known fields: %2.</source>
        <translation>--set: непознато поле на сделка „%1“; известни полета: %2.</translation>
    </message>
    <message>
        <source>--set %1 is given twice.</source>
        <translation>--set %1 е зададено два пъти.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a deal id.</source>
        <translation>„%1“ не е ID на сделка.</translation>
    </message>
    <message>
        <source>Missing fields: %1</source>
        <translation>Липсващи полета: %1</translation>
    </message>
    <message>
        <source>Give them with --set, e.g. --set %1=…</source>
        <translation>Задайте ги с --set, напр. --set %1=…</translation>
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
        <source>Demo data written to %1 (seed %2, %3) in %4 s:</source>
        <translation>Демо данните са записани в %1 (seed %2, %3) за %4 с:</translation>
    </message>
</context>
<context>
    <name>lr::cli::EnrichCommands</name>
    <message>
        <source>--provider is local or http, not &quot;%1&quot;.</source>
        <translation>--provider е local или http, а не „%1“.</translation>
    </message>
    <message>
        <source>--url, --timeout-ms and --retries apply to --provider http only.</source>
        <translation>--url, --timeout-ms и --retries се отнасят само за --provider http.</translation>
    </message>
    <message>
        <source>--%1 needs a whole number of 0 or more, not &quot;%2&quot;.</source>
        <translation>--%1 изисква цяло число, 0 или по-голямо, а не „%2“.</translation>
    </message>
    <message numerus="yes">
        <source>%n lookup(s) failed; the companies are tried again on a later run.</source>
        <translation>
            <numerusform>%n проверка беше неуспешна; компаниите ще бъдат проверени отново при следващо изпълнение.</numerusform>
            <numerusform>%n проверки бяха неуспешни; компаниите ще бъдат проверени отново при следващо изпълнение.</numerusform>
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
    <message>
        <source>WARNING: listening on %1 without a token: the intake is reachable from the network and anyone who can reach this machine can submit leads. Give --token (or $LEADRELAY_TOKEN), or bind to 127.0.0.1.</source>
        <translation>ВНИМАНИЕ: слушане на %1 без токен: приемането е достъпно от мрежата и всеки, който има достъп до тази машина, може да изпраща лийдове. Задайте --token (или $LEADRELAY_TOKEN) или използвайте адрес за свързване 127.0.0.1.</translation>
    </message>
    <message>
        <source>Warning: listening on %1: the intake is reachable from the network. Plain HTTP sends the token unencrypted; put a TLS proxy in front of it or bind to 127.0.0.1.</source>
        <translation>Внимание: слушане на %1: приемането е достъпно от мрежата. Обикновеният HTTP изпраща токена некриптиран; поставете TLS прокси пред него или използвайте адрес за свързване 127.0.0.1.</translation>
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
        <translation>--to: „%1“ не е дата (използвайте 2026-11-23 или 2026-11-23T09:00:00Z).</translation>
    </message>
    <message>
        <source>--from: &quot;%1&quot; is not a date (use 2026-11-23 or 2026-11-23T09:00:00Z).</source>
        <translation>--from: „%1“ не е дата (използвайте 2026-11-23 или 2026-11-23T09:00:00Z).</translation>
    </message>
    <message>
        <source>--from must be before --to.</source>
        <translation>--from трябва да е преди --to.</translation>
    </message>
    <message>
        <source>There is no team &quot;%1&quot;.</source>
        <translation>Няма екип „%1“.</translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot;.</source>
        <translation>Няма потребител „%1“.</translation>
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
        <translation>  simulate SCENARIO.json
                        Изпълнява сценарий за разпределение/SLA с ръчен часовник във временна
                        база; извежда JSON хронология (вижте README).
  timers fire [--now TIME]
                        Задейства всички трайни таймери с настъпил срок (стъпки на SLA, празници).
  timers list [--lead ID]
                        Извежда чакащите таймери (на един лийд) като JSON.
  routing explain LEAD_ID [--as EMAIL]
                        Показва къде правилата за разпределение биха изпратили лийда сега и защо.
  tasks list [--as EMAIL]
                        Извежда отворените задачи, видими за потребителя, като JSON.
  tasks done TASK_ID --outcome TEXT --as EMAIL
                        Завършва една от задачите на потребителя.
  leads touch LEAD_ID --type call|email|meeting|note [--outcome TEXT] --as EMAIL
                        Записва контакт; първото обаждане, имейл или среща спира SLA часовника.
  leads disqualify LEAD_ID --reason TEXT --as EMAIL
  leads reassign LEAD_ID --to EMAIL --as EMAIL
                        Мениджъри (в своя екип) и администратори предават лийд на друг човек.
</translation>
    </message>
    <message>
        <source>&quot;simulate&quot; needs a scenario file.</source>
        <translation>„simulate“ изисква файл със сценарий.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>%1 не може да бъде прочетен.</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <translation>%1 не е JSON обект: %2</translation>
    </message>
    <message>
        <source>There is no LeadRelay database at %1.</source>
        <translation>Няма база данни на LeadRelay в %1.</translation>
    </message>
    <message>
        <source>There is no user with the email %1.</source>
        <translation>Няма потребител с имейл %1.</translation>
    </message>
    <message>
        <source>The option --%1 does not apply to &quot;timers fire&quot;.</source>
        <translation>Опцията --%1 не се отнася за „timers fire“.</translation>
    </message>
    <message>
        <source>--now needs an ISO time.</source>
        <translation>--now изисква време по ISO.</translation>
    </message>
    <message>
        <source>The option --%1 does not apply to &quot;timers list&quot;.</source>
        <translation>Опцията --%1 не се отнася за „timers list“.</translation>
    </message>
    <message>
        <source>Lead %1 does not exist or is not yours.</source>
        <translation>Лийд %1 не съществува или не е ваш.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1 %2&quot;.</source>
        <translation>Непозната команда „%1 %2“.</translation>
    </message>
    <message>
        <source>--type is call, email, meeting, note or sms.</source>
        <translation>--type е call, email, meeting, note или sms.</translation>
    </message>
    <message>
        <source>--to needs the email of a user.</source>
        <translation>--to изисква имейла на потребител.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Готово.</translation>
    </message>
</context>
<context>
    <name>lr::cli::ScoringCommands</name>
    <message>
        <source>leadrelayctl: the option --%1 does not apply here.</source>
        <translation>leadrelayctl: опцията --%1 не се отнася за тази команда.</translation>
    </message>
    <message>
        <source>leadrelayctl: &quot;scoring&quot; needs a subcommand: rescore.</source>
        <translation>leadrelayctl: „scoring“ изисква подкоманда: rescore.</translation>
    </message>
    <message>
        <source>leadrelayctl: &quot;leads explain&quot; needs a lead id or email.</source>
        <translation>leadrelayctl: „leads explain“ изисква ID или имейл на лийд.</translation>
    </message>
    <message>
        <source>leadrelayctl: &quot;import events&quot; needs the file to read.</source>
        <translation>leadrelayctl: „import events“ изисква файл за четене.</translation>
    </message>
    <message>
        <source>leadrelayctl: unexpected argument &quot;%1&quot;.</source>
        <translation>leadrelayctl: неочакван аргумент „%1“.</translation>
    </message>
    <message>
        <source>leadrelayctl: --format is text or json, not &quot;%1&quot;.</source>
        <translation>leadrelayctl: --format е text или json, а не „%1“.</translation>
    </message>
    <message>
        <source>There is no LeadRelay database at %1.</source>
        <translation>Няма база данни на LeadRelay в %1.</translation>
    </message>
    <message>
        <source>Lead %1 &lt;%2&gt;: score %3 (%4)</source>
        <translation>Лийд %1 &lt;%2&gt;: оценка %3 (%4)</translation>
    </message>
    <message>
        <source>Fit %1 · Intent %2 · Timing %3</source>
        <translation>Съответствие %1 · Намерение %2 · Време %3</translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <translation>Следваща стъпка: %1</translation>
    </message>
    <message>
        <source>Not scored yet.</source>
        <translation>Все още няма оценка.</translation>
    </message>
    <message>
        <source>Rules version %1, scored %2</source>
        <translation>Версия на правилата %1, оценен %2</translation>
    </message>
    <message>
        <source>  No rule fired.</source>
        <translation>  Не е задействано нито едно правило.</translation>
    </message>
    <message>
        <source>History: %1</source>
        <translation>История: %1</translation>
    </message>
    <message>
        <source>There is no user with the email %1.</source>
        <translation>Няма потребител с имейл %1.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Файлът %1 не може да бъде прочетен: %2</translation>
    </message>
    <message>
        <source>Event %1: %2</source>
        <translation>Събитие %1: %2</translation>
    </message>
    <message>
        <source>  leads explain ID|EMAIL [--as EMAIL] [--format text|json]
                        Why a lead has its score: fit, intent and timing, the rules that
                        fired with the fact behind each, class, next step and history.
  import events FILE [--source NAME]
                        Import behaviour events (JSON lines or a JSON array of {&quot;email&quot; or
                        &quot;lead_id&quot;, &quot;type&quot;, &quot;url&quot;, &quot;at&quot;, ...}); each re-scores its lead;
                        events of unknown people wait for them. Prints a JSON summary
                        {events, attached, kept, rejected, failed}; refusals on stderr.
  scoring rescore [--all]
                        Bring scores to the active scoring rules: only the leads the rules
                        changed since the last complete re-score can affect, or with --all
                        every lead. Prints {leads, scored, changed, rules_version}.
</source>
        <translation>  leads explain ID|EMAIL [--as EMAIL] [--format text|json]
                        Защо лийдът има тази оценка: съответствие, намерение и време, задействаните
                        правила с факта зад всяко, клас, следваща стъпка и история.
  import events FILE [--source NAME]
                        Импортира поведенчески събития (JSON редове или JSON масив от {&quot;email&quot; или
                        &quot;lead_id&quot;, &quot;type&quot;, &quot;url&quot;, &quot;at&quot;, ...}); всяко преоценява своя лийд;
                        събитията на непознати хора чакат появата им. Извежда JSON обобщение
                        {events, attached, kept, rejected, failed}; отказите — в stderr.
  scoring rescore [--all]
                        Привежда оценките към активните правила: само лийдовете, които
                        промените от последната пълна преоценка могат да засегнат, а с --all —
                        всички. Извежда {leads, scored, changed, rules_version}.
</translation>
    </message>
    <message>
        <source>Checked %1 of %2 leads, re-scored %3</source>
        <translation>Проверени лийдове: %1 от %2, преоценени: %3</translation>
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
    <name>lr::ui::ConditionBuilder</name>
    <message>
        <source>All of these hold</source>
        <translation>Всички условия са изпълнени</translation>
    </message>
    <message>
        <source>Any of these holds</source>
        <translation>Поне едно условие е изпълнено</translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation>Добави условие</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>не</translation>
    </message>
    <message>
        <source>not</source>
        <translation>не</translation>
    </message>
    <message>
        <source>Holds when the test does not</source>
        <translation>Изпълнено е, когато проверката не е изпълнена</translation>
    </message>
    <message>
        <source>Behaviour events</source>
        <translation>Поведенчески събития</translation>
    </message>
    <message>
        <source>any</source>
        <translation>без граница</translation>
    </message>
    <message>
        <source>from</source>
        <translation>от</translation>
    </message>
    <message>
        <source>to</source>
        <translation>до</translation>
    </message>
    <message>
        <source>URL contains (optional)</source>
        <translation>URL съдържа (по избор)</translation>
    </message>
    <message>
        <source>any form</source>
        <translation>всеки формуляр</translation>
    </message>
    <message>
        <source>at least </source>
        <translation>поне </translation>
    </message>
    <message>
        <source>ever</source>
        <translation>за цялото време</translation>
    </message>
    <message>
        <source>in </source>
        <translation>за </translation>
    </message>
    <message>
        <source> days</source>
        <translation> дни</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Премахни</translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation>Премахни това условие</translation>
    </message>
    <message>
        <source>Values, separated by commas</source>
        <translation>Стойности, разделени със запетая</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>Регулярен израз</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Стойност</translation>
    </message>
</context>
<context>
    <name>lr::ui::CurrencyDialog</name>
    <message>
        <source>Currencies</source>
        <translation>Валути</translation>
    </message>
    <message>
        <source>Deals keep their own currency. Column sums, the forecast and the dashboard add them up in the home currency at these rates. A currency without a rate is added as it is, and a sum of several such currencies reads &quot;mixed&quot;.</source>
        <translation>Сделките запазват своята валута. Сумите на колоните, прогнозата и таблото ги събират в основната валута по тези курсове. Валута без курс се добавя както е, а сума от няколко такива валути се отбелязва като „смесени“.</translation>
    </message>
    <message>
        <source>Add Currency</source>
        <translation>Добави валута</translation>
    </message>
    <message>
        <source>Remove Currency</source>
        <translation>Премахни валута</translation>
    </message>
    <message>
        <source>Home currency</source>
        <translation>Основна валута</translation>
    </message>
    <message>
        <source>Only an admin can change the exchange rates.</source>
        <translation>Само администратор може да променя валутните курсове.</translation>
    </message>
    <message>
        <source>Deals in %1 have no rate yet: their values are added as they are.</source>
        <translation>Сделките в %1 още нямат курс: стойностите им се добавят както са.</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валута</translation>
    </message>
    <message>
        <source>Units for 1 %1</source>
        <translation>Единици за 1 %1</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Последна промяна</translation>
    </message>
    <message>
        <source>Row %1: &quot;%2&quot; is not a currency code: use three capital letters, like PLN.</source>
        <translation>Ред %1: „%2“ не е код на валута: използвайте три главни букви, например PLN.</translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation>%1 е посочена два пъти.</translation>
    </message>
    <message>
        <source>The rate of %1, &quot;%2&quot;, is not a number above 0.</source>
        <translation>Курсът на %1, „%2“, не е число над 0.</translation>
    </message>
</context>
<context>
    <name>lr::ui::DashboardCharts</name>
    <message>
        <source>Leads</source>
        <translation>Лийдове</translation>
    </message>
    <message>
        <source>&lt; 1 min</source>
        <translation>&lt; 1 мин</translation>
    </message>
    <message>
        <source>1–5 min</source>
        <translation>1–5 мин</translation>
    </message>
    <message>
        <source>5–30 min</source>
        <translation>5–30 мин</translation>
    </message>
    <message>
        <source>30 min–2 h</source>
        <translation>30 мин–2 ч</translation>
    </message>
    <message>
        <source>2–24 h</source>
        <translation>2–24 ч</translation>
    </message>
    <message>
        <source>&gt; 24 h</source>
        <translation>&gt; 24 ч</translation>
    </message>
    <message>
        <source>no touch</source>
        <translation>без контакт</translation>
    </message>
    <message>
        <source>Speed-to-lead distribution</source>
        <translation>Разпределение на скоростта на реакция</translation>
    </message>
    <message>
        <source>Median (min)</source>
        <translation>Медиана (мин)</translation>
    </message>
    <message>
        <source>Speed-to-lead by week (median minutes)</source>
        <translation>Скорост на реакция по седмици (медиана в минути)</translation>
    </message>
    <message>
        <source>Target 5 min</source>
        <translation>Цел 5 мин</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Фуния</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Спечелени</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Възможност</translation>
    </message>
    <message>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <source>MQL</source>
        <translation>MQL</translation>
    </message>
    <message>
        <source>Win rate %</source>
        <translation>Дял спечелени %</translation>
    </message>
    <message>
        <source>Win rate by rep (%)</source>
        <translation>Дял спечелени по търговец (%)</translation>
    </message>
    <message>
        <source>Median days</source>
        <translation>Медиана (дни)</translation>
    </message>
    <message>
        <source>Mean days</source>
        <translation>Средно (дни)</translation>
    </message>
    <message>
        <source>Sales cycle by rep (days)</source>
        <translation>Цикъл на продажба по търговец (дни)</translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation>Нарушения</translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation>Ескалации</translation>
    </message>
    <message>
        <source>Reassignments</source>
        <translation>Преразпределения</translation>
    </message>
    <message>
        <source>SLA breaches over time</source>
        <translation>Нарушения на SLA във времето</translation>
    </message>
    <message>
        <source>Leads in New</source>
        <translation>Лийдове в „Нов“</translation>
    </message>
    <message>
        <source>Leads left in New at end of day (target 0)</source>
        <translation>Лийдове, останали в „Нов“ в края на деня (цел 0)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Стойност</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>Претеглена</translation>
    </message>
    <message>
        <source>Open pipeline by stage</source>
        <translation>Отворена фуния по етапи</translation>
    </message>
    <message>
        <source>Weighted forecast</source>
        <translation>Претеглена прогноза</translation>
    </message>
    <message>
        <source>Forecast by expected close month</source>
        <translation>Прогноза по месец на очаквано затваряне</translation>
    </message>
</context>
<context>
    <name>lr::ui::DashboardPage</name>
    <message>
        <source>%1 d</source>
        <translation>%1 д</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Експорт</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Табло</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Тази седмица</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Последните 30 дни</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Последните 90 дни</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Това тримесечие</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Избран период</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Кампания</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обнови</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Експорт в PNG…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Експорт в PDF…</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG изображения (*.png)</translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation>Експортиран е %1.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 не можа да бъде записан.</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF документи (*.pdf)</translation>
    </message>
    <message>
        <source>By rep</source>
        <translation>По търговец</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Търговец</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Лийдове</translation>
    </message>
    <message>
        <source>Speed-to-lead</source>
        <translation>Скорост на реакция</translation>
    </message>
    <message>
        <source>&lt; 5 min</source>
        <translation>&lt; 5 мин</translation>
    </message>
    <message>
        <source>MQL</source>
        <translation>MQL</translation>
    </message>
    <message>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Възможности</translation>
    </message>
    <message>
        <source>Hold rate</source>
        <translation>Дял проведени</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Спечелени</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Загубени</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Дял спечелени</translation>
    </message>
    <message>
        <source>Won value</source>
        <translation>Спечелена стойност</translation>
    </message>
    <message>
        <source>Cycle (median)</source>
        <translation>Цикъл (медиана)</translation>
    </message>
    <message>
        <source>SLA breaches</source>
        <translation>Нарушения на SLA</translation>
    </message>
    <message>
        <source>SLA reassignments</source>
        <translation>Преразпределения по SLA</translation>
    </message>
    <message>
        <source>Meetings by source</source>
        <translation>Срещи по източник</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Източник</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Проведени</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Неявяване</translation>
    </message>
    <message>
        <source>No-show rate</source>
        <translation>Дял неявявания</translation>
    </message>
    <message>
        <source>Quarantine by form</source>
        <translation>Карантина по формуляр</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Формуляр</translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>Подавания</translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation>Под карантина</translation>
    </message>
    <message>
        <source>Quarantine rate</source>
        <translation>Дял под карантина</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Всички екипи</translation>
    </message>
    <message>
        <source>All reps</source>
        <translation>Всички търговци</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Всички източници</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Периодът завършва преди да е започнал.</translation>
    </message>
    <message>
        <source>Calculating…</source>
        <translation>Изчисляване…</translation>
    </message>
    <message>
        <source>%1 – %2 · %3 · as of %4</source>
        <translation>%1 – %2 · %3 · към %4</translation>
    </message>
    <message>
        <source>LeadRelay dashboard</source>
        <translation>Табло на LeadRelay</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Лийд</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Имейл</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Отговорник</translation>
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
        <source>not yet</source>
        <translation>още не</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Резултат</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Стойност</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Затворена</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Цикъл</translation>
    </message>
</context>
<context>
    <name>lr::ui::DashboardTable</name>
    <message>
        <source>Export CSV…</source>
        <translation>Експорт в CSV…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Експорт</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV файлове (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 не можа да бъде записан.</translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation>Експортиран е %1.</translation>
    </message>
</context>
<context>
    <name>lr::ui::DealCardDelegate</name>
    <message>
        <source>%1 (mixed)</source>
        <translation>%1 (смесени)</translation>
    </message>
    <message>
        <source>No value</source>
        <translation>Без стойност</translation>
    </message>
    <message numerus="yes">
        <source>%n d in stage</source>
        <translation>
            <numerusform>%n д в етапа</numerusform>
            <numerusform>%n д в етапа</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rotting · %n d idle</source>
        <translation>
            <numerusform>Застояла · %n д без активност</numerusform>
            <numerusform>Застояла · %n д без активност</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 %</source>
        <translation>%1 · %2 %</translation>
    </message>
    <message>
        <source>No next step</source>
        <translation>Няма следваща стъпка</translation>
    </message>
</context>
<context>
    <name>lr::ui::DealDetailPanel</name>
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
        <source>Select a deal to see its details, history and activities.</source>
        <translation>Изберете сделка, за да видите данните, историята и активностите ѝ.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>&amp;Save Deal</source>
        <translation>&amp;Запиши сделката</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>История на етапите</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Активности</translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation>Отворени задачи</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>без отговорник</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n day(s) there</source>
        <translation>
            <numerusform>%1, %n ден там</numerusform>
            <numerusform>%1, %n дни там</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 % probability</source>
        <translation>%1 % вероятност</translation>
    </message>
    <message numerus="yes">
        <source>rotting: %n day(s) without activity</source>
        <translation>
            <numerusform>застояла: %n ден без активност</numerusform>
            <numerusform>застояла: %n дни без активност</numerusform>
        </translation>
    </message>
    <message>
        <source>product: %1</source>
        <translation>продукт: %1</translation>
    </message>
    <message>
        <source>automation or import</source>
        <translation>автоматизация или импорт</translation>
    </message>
    <message>
        <source>created in %1</source>
        <translation>създадена в %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No activity yet.</source>
        <translation>Все още няма активност.</translation>
    </message>
    <message>
        <source>No open task.</source>
        <translation>Няма отворени задачи.</translation>
    </message>
    <message>
        <source>Close the details (Esc)</source>
        <translation>Затвори подробностите (Esc)</translation>
    </message>
    <message>
        <source>Close the details</source>
        <translation>Затвори подробностите</translation>
    </message>
</context>
<context>
    <name>lr::ui::DealFieldNames</name>
    <message>
        <source>ID in the other CRM</source>
        <translation>ID в другата CRM</translation>
    </message>
    <message>
        <source>Deal name</source>
        <translation>Име на сделката</translation>
    </message>
    <message>
        <source>Owner (email or name)</source>
        <translation>Отговорник (имейл или име)</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>Имейл за контакт</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Етап</translation>
    </message>
    <message>
        <source>Status (open, won, lost)</source>
        <translation>Статус (отворена, спечелена, загубена)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Стойност</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валута</translation>
    </message>
    <message>
        <source>Engaged (created) on</source>
        <translation>Ангажирана (създадена) на</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Затворена на</translation>
    </message>
    <message>
        <source>Expected close date</source>
        <translation>Очаквана дата на затваряне</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Продукт</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>Причина за загуба</translation>
    </message>
</context>
<context>
    <name>lr::ui::DialogFileChooser</name>
    <message>
        <source>Import Leads</source>
        <translation>Импорт на лийдове</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV файлове (*.csv *.txt);;Всички файлове (*)</translation>
    </message>
    <message>
        <source>Save Rejected Rows</source>
        <translation>Запис на отхвърлените редове</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV файлове (*.csv)</translation>
    </message>
</context>
<context>
    <name>lr::ui::DrillDownDialog</name>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n запис</numerusform>
            <numerusform>%n записа</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lr::ui::DuplicateCandidateModel</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Лийд</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Имейл</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Възможен дубликат</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
</context>
<context>
    <name>lr::ui::DuplicatesPage</name>
    <message>
        <source>Duplicates</source>
        <translation>Дубликати</translation>
    </message>
    <message>
        <source>&amp;Review and Merge…</source>
        <translation>&amp;Преглед и обединяване…</translation>
    </message>
    <message>
        <source>Compare the two records field by field (Enter)</source>
        <translation>Сравнете двата записа поле по поле (Enter)</translation>
    </message>
    <message>
        <source>&amp;Not a Duplicate</source>
        <translation>&amp;Не е дубликат</translation>
    </message>
    <message>
        <source>Never offer this pair again (Delete)</source>
        <translation>Тази двойка да не се предлага повече (Delete)</translation>
    </message>
    <message>
        <source>&amp;Undo Merge</source>
        <translation>&amp;Отмени обединяването</translation>
    </message>
    <message>
        <source>Restore the merged lead and the kept lead&apos;s old values (Ctrl+Z)</source>
        <translation>Възстановете обединения лийд и старите стойности на запазения лийд (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Възможни дубликати</translation>
    </message>
    <message>
        <source>Recent merges</source>
        <translation>Скорошни обединявания</translation>
    </message>
    <message numerus="yes">
        <source>%n open candidate</source>
        <translation>
            <numerusform>%n отворен кандидат</numerusform>
            <numerusform>%n отворени кандидата</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open candidates</source>
        <translation>
            <numerusform>%n отворен кандидат</numerusform>
            <numerusform>%n отворени кандидата</numerusform>
        </translation>
    </message>
    <message>
        <source>Candidates found in %1 ms</source>
        <translation>Кандидатите са намерени за %1 ms</translation>
    </message>
    <message>
        <source>%1 and %2 will not be offered as duplicates again.</source>
        <translation>%1 и %2 няма да бъдат предлагани повече като дубликати.</translation>
    </message>
    <message>
        <source>The merge was undone: %1 is back as a lead of its own.</source>
        <translation>Обединяването е отменено: %1 отново е самостоятелен лийд.</translation>
    </message>
    <message>
        <source>Duplicates that slipped past intake and were merged here later are the Dashboard&apos;s duplicate rate (target &lt; %1 %).</source>
        <translation>Дубликатите, минали през приемането и обединени тук по-късно, са делът на дубликатите в таблото (цел &lt; %1 %).</translation>
    </message>
    <message>
        <source>%1 (#%2) was merged into %3 (#%4). Undo Merge (Ctrl+Z) brings it back if that was wrong.</source>
        <translation>%1 (#%2) е обединен в %3 (#%4). Ако това е грешка, „Отмени обединяването“ (Ctrl+Z) ще го върне.</translation>
    </message>
    <message>
        <source>Caught at intake (%1): no submissions yet</source>
        <translation>Уловени при приемането (%1): още няма заявки</translation>
    </message>
    <message>
        <source>Caught at intake (%1): %2 % — %3 of %4 submissions matched a known person and were merged instead of becoming a duplicate</source>
        <translation>Уловени при приемането (%1): %2 % — заявки, съвпаднали с известен човек и обединени вместо дубликат: %3 (общо заявки: %4)</translation>
    </message>
</context>
<context>
    <name>lr::ui::EnrichmentDialog</name>
    <message>
        <source>Enrichment</source>
        <translation>Обогатяване</translation>
    </message>
    <message>
        <source>Company enrichment</source>
        <translation>Обогатяване на фирмени данни</translation>
    </message>
    <message>
        <source>Fills empty company fields — name, employees, industry, revenue, country — from a local firmographics table or an HTTP JSON service. A value someone typed is never overwritten, and every filled field keeps its source and time. New leads are enriched from the local table as they arrive.</source>
        <translation>Попълва празните полета на компанията — име, служители, отрасъл, оборот, държава — от локална таблица с фирмени данни или от HTTP JSON услуга. Ръчно въведена стойност никога не се презаписва, а всяко попълнено поле пази своя източник и време. Новите лийдове се обогатяват от локалната таблица при постъпването си.</translation>
    </message>
    <message>
        <source>Local firmographics table</source>
        <translation>Локална таблица с фирмени данни</translation>
    </message>
    <message>
        <source>CSV file with Domain, Company, Employees, Industry, Revenue, Country</source>
        <translation>CSV файл с Domain, Company, Employees, Industry, Revenue, Country</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Преглед…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Headers such as Website or URL, Company Name, Headcount (&quot;51-200&quot; works), Annual Revenue (&quot;2.5M&quot;, &quot;$750k&quot;) and Country or Country code are recognised. Importing again updates known domains.</source>
        <translation>Разпознават се заглавия като Website или URL, Company Name, Headcount („51-200“ също работи), Annual Revenue („2.5M“, „$750k“) и Country или Country code. Повторното импортиране обновява известните домейни.</translation>
    </message>
    <message>
        <source>HTTP JSON provider (optional)</source>
        <translation>HTTP JSON доставчик (по избор)</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Save Settings</source>
        <translation>Запиши настройките</translation>
    </message>
    <message>
        <source>Retries:</source>
        <translation>Повторни опити:</translation>
    </message>
    <message>
        <source>URL template:</source>
        <translation>URL шаблон:</translation>
    </message>
    <message>
        <source>Timeout:</source>
        <translation>Време за изчакване:</translation>
    </message>
    <message>
        <source>{domain} is replaced by the company&apos;s domain. 404 means unknown; timeouts and server errors are retried with a growing pause.</source>
        <translation>{domain} се заменя с домейна на компанията. 404 означава неизвестна; при изтекло време и сървърни грешки се правят повторни опити с нарастваща пауза.</translation>
    </message>
    <message>
        <source>Enrich now</source>
        <translation>Обогати сега</translation>
    </message>
    <message>
        <source>HTTP JSON provider</source>
        <translation>HTTP JSON доставчик</translation>
    </message>
    <message>
        <source>Enrich Now</source>
        <translation>Обогати сега</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отказ</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>Доставчик:</translation>
    </message>
    <message>
        <source>Companies in the table: %1</source>
        <translation>Компании в таблицата: %1</translation>
    </message>
    <message>
        <source>The table is empty: import a CSV file to start.</source>
        <translation>Таблицата е празна: импортирайте CSV файл, за да започнете.</translation>
    </message>
    <message>
        <source>Waiting for enrichment (empty fields, not tried recently): %1</source>
        <translation>Чакащи обогатяване (празни полета, без скорошен опит): %1</translation>
    </message>
    <message>
        <source>No company is waiting for enrichment.</source>
        <translation>Няма компании, чакащи обогатяване.</translation>
    </message>
    <message>
        <source>Import Firmographics</source>
        <translation>Импорт на фирмени данни</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV файлове (*.csv *.txt);;Всички файлове (*)</translation>
    </message>
    <message>
        <source>Rows read: %1 — new: %2, updated: %3, rejected: %4.</source>
        <translation>Прочетени редове: %1 — нови: %2, обновени: %3, отхвърлени: %4.</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… и още %1.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Ред %1: %2</translation>
    </message>
    <message>
        <source>Columns not used: %1</source>
        <translation>Неизползвани колони: %1</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Настройките са записани.</translation>
    </message>
    <message>
        <source>Fix the HTTP provider settings first.</source>
        <translation>Първо коригирайте настройките на HTTP доставчика.</translation>
    </message>
    <message>
        <source>Looked up: %1 — enriched: %2 (company fields: %3, lead fields: %4), not found: %5, failed: %6.</source>
        <translation>Проверени: %1 — обогатени: %2 (полета на компании: %3, полета на лийдове: %4), не са намерени: %5, неуспешни: %6.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <source>First error: %1</source>
        <translation>Първа грешка: %1</translation>
    </message>
</context>
<context>
    <name>lr::ui::ExitCriteriaDialog</name>
    <message>
        <source>Move to %1</source>
        <translation>Преместване в %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; needs a few details before it can enter &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; се нуждае от още няколко данни, преди да влезе в &lt;b&gt;%2&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Изберете причина…</translation>
    </message>
    <message>
        <source>e.g. 12500 (%1)</source>
        <translation>напр. 12500 (%1)</translation>
    </message>
    <message>
        <source>billing@company.com</source>
        <translation>billing@company.com</translation>
    </message>
    <message>
        <source>Name and role, e.g. Jana Novak (CFO)</source>
        <translation>Име и роля, напр. Яна Новак (финансов директор)</translation>
    </message>
    <message>
        <source>e.g. DE123456789</source>
        <translation>напр. BG123456789</translation>
    </message>
</context>
<context>
    <name>lr::ui::FirstAdminDialog</name>
    <message>
        <source>Set Up LeadRelay</source>
        <translation>Настройка на LeadRelay</translation>
    </message>
    <message>
        <source>Nobody can sign in to this database yet</source>
        <translation>Още никой не може да влезе в тази база</translation>
    </message>
    <message>
        <source>Create the administrator who sets LeadRelay up. They add the reps and managers on the Team page, and configure scoring, routing and SLAs under Rules.</source>
        <translation>Създайте администратора, който ще настрои LeadRelay. Той добавя търговците и мениджърите на страницата „Екип“, а оценяването, разпределението и SLA настройва в „Правила“.</translation>
    </message>
    <message>
        <source>Create and Sign In</source>
        <translation>Създай и влез</translation>
    </message>
</context>
<context>
    <name>lr::ui::ForecastStrip</name>
    <message>
        <source>Weighted forecast</source>
        <translation>Претеглена прогноза</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Без отговорник</translation>
    </message>
    <message>
        <source>%1 of %2 open</source>
        <translation>%1 от %2 отворени</translation>
    </message>
    <message>
        <source>Overdue / no date</source>
        <translation>Просрочени / без дата</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>По-късно</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) · %1</source>
        <translation>
            <numerusform>%n сделка · %1</numerusform>
            <numerusform>%n сделки · %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No deals</source>
        <translation>Няма сделки</translation>
    </message>
    <message>
        <source>Weighted by owner:</source>
        <translation>Претеглено по отговорник:</translation>
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
        <translation>Записано като %1</translation>
    </message>
    <message>
        <source>Domain or address</source>
        <translation>Домейн или адрес</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Бележка</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Добавено от</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Добавено</translation>
    </message>
</context>
<context>
    <name>lr::ui::HygieneListsPanel</name>
    <message>
        <source>Submissions from these domains (and their subdomains) are quarantined as throwaway addresses, on top of the shipped list.</source>
        <translation>Подаванията от тези домейни (и техните поддомейни) се поставят под карантина като временни адреси, в допълнение към вградения списък.</translation>
    </message>
    <message>
        <source>Personal mail domains: the lead is kept, but the domain is never taken as the company&apos;s and never used to match people.</source>
        <translation>Домейни за лична поща: лийдът се запазва, но домейнът никога не се приема за фирмен и не се използва за съпоставяне на хора.</translation>
    </message>
    <message>
        <source>Company domains that a shipped list calls disposable or free-mail, for example a customer whose domain is on the throwaway list.</source>
        <translation>Фирмени домейни, които вграден списък определя като временна или безплатна поща, например клиент, чийто домейн е в списъка с временни адреси.</translation>
    </message>
    <message>
        <source>Single junk addresses (bots, test accounts): their submissions are quarantined.</source>
        <translation>Отделни нежелани адреси (ботове, тестови акаунти): подаванията от тях се поставят под карантина.</translation>
    </message>
    <message>
        <source>Search this list</source>
        <translation>Търсене в списъка</translation>
    </message>
    <message>
        <source>Why (optional)</source>
        <translation>Причина (по избор)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добави</translation>
    </message>
    <message>
        <source>Remove Selected</source>
        <translation>Премахни избраните</translation>
    </message>
    <message>
        <source>List:</source>
        <translation>Списък:</translation>
    </message>
    <message>
        <source>Address, e.g. bot@firma.de</source>
        <translation>Адрес, напр. bot@firma.de</translation>
    </message>
    <message>
        <source>Domain, e.g. firma.de or bücher.de</source>
        <translation>Домейн, напр. firma.de или bücher.de</translation>
    </message>
    <message>
        <source>%1 added to &quot;%2&quot;.</source>
        <translation>%1 е добавен в „%2“.</translation>
    </message>
    <message>
        <source>Select the entries to remove first.</source>
        <translation>Първо изберете записите за премахване.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n entry(ies).</source>
        <translation>
            <numerusform>Премахнат е %n запис.</numerusform>
            <numerusform>Премахнати са %n записа.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lr::ui::ImportFilePage</name>
    <message>
        <source>Choose a leads file</source>
        <translation>Изберете файл с лийдове</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Лийдове</translation>
    </message>
    <message>
        <source>Deals from another CRM</source>
        <translation>Сделки от друга CRM</translation>
    </message>
    <message>
        <source>Deals: an opportunities export from HubSpot, Pipedrive, Salesforce or a spreadsheet. Missing companies and owners are created; won and lost deals keep their dates.</source>
        <translation>Сделки: експорт на възможности от HubSpot, Pipedrive, Salesforce или електронна таблица. Липсващите компании и отговорници се създават; спечелените и загубените сделки запазват датите си.</translation>
    </message>
    <message>
        <source>Path of a .csv file</source>
        <translation>Път до .csv файл</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>П&amp;реглед…</translation>
    </message>
    <message>
        <source>&amp;The file holds:</source>
        <translation>&amp;Файлът съдържа:</translation>
    </message>
    <message>
        <source>Choose a deals file</source>
        <translation>Изберете файл със сделки</translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation>Все още не е избран файл.</translation>
    </message>
    <message>
        <source>UTF-8 with byte order mark</source>
        <translation>UTF-8 с BOM</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message numerus="yes">
        <source>the first %n row(s)</source>
        <translation>
            <numerusform>първия %n ред</numerusform>
            <numerusform>първите %n реда</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>all %n row(s)</source>
        <translation>
            <numerusform>всички %n ред</numerusform>
            <numerusform>всички %n реда</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4 separated · %5 columns · showing %6</source>
        <translation>%1 · %2 · %3 · разделител: %4 · %5 колони · показани %6</translation>
    </message>
    <message>
        <source>%1 (not UTF-8; read in this Windows code page)</source>
        <translation>%1 (не е UTF-8; прочетен в тази кодова страница на Windows)</translation>
    </message>
    <message>
        <source>UTF-16 (Unicode text, as Excel saves it)</source>
        <translation>UTF-16 (Unicode текст, както го записва Excel)</translation>
    </message>
    <message>
        <source>A CSV export from a CRM, an ads platform or a spreadsheet, in UTF-8, UTF-16 or a Windows code page, with any separator. You can also drop the file here.</source>
        <translation>CSV експорт от CRM, рекламна платформа или таблица, в UTF-8, UTF-16 или кодова страница на Windows, с произволен разделител. Можете и да пуснете файла тук.</translation>
    </message>
    <message numerus="yes">
        <source>header on line %1: the %n row(s) above it are not imported</source>
        <translation>
            <numerusform>заглавие на ред %1: %n ред над него не се импортира</numerusform>
            <numerusform>заглавие на ред %1: %n реда над него не се импортират</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lr::ui::ImportMappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>Съпоставяне на колоните</translation>
    </message>
    <message>
        <source>Choose what each column of the file becomes. Recognised columns are already chosen; columns left on &quot;Do not import&quot; are kept in the intake journal only.</source>
        <translation>Изберете в какво да се превърне всяка колона от файла. Разпознатите колони вече са избрани; колоните, оставени на „Не импортирай“, се пазят само в журнала на приемането.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Колона във файла</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Първа стойност</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Импортирай като</translation>
    </message>
    <message>
        <source>Names the list in the journal and on each lead&apos;s form field. Use a lead source such as ads, event or referral to set the leads&apos; source.</source>
        <translation>Име на списъка в журнала и в полето за формуляр на всеки лийд. Използвайте източник на лийдове като ads, event или referral, за да зададете източника на лийдовете.</translation>
    </message>
    <message>
        <source>Won=Closed Won; Lost=Closed Lost; Demo=Discovery Booked</source>
        <translation>Won=Closed Won; Lost=Closed Lost; Demo=Discovery Booked</translation>
    </message>
    <message>
        <source>Stages the other CRM names differently. Usual names (HubSpot, Pipedrive, Salesforce) are recognised; rows with an unknown stage are reported.</source>
        <translation>Етапи, които другата CRM нарича различно. Обичайните имена (HubSpot, Pipedrive, Salesforce) се разпознават; за редовете с непознат етап се съобщава.</translation>
    </message>
    <message>
        <source>&amp;Source name:</source>
        <translation>Име на &amp;източника:</translation>
    </message>
    <message>
        <source>S&amp;tage names:</source>
        <translation>Имена на &amp;етапите:</translation>
    </message>
    <message>
        <source>Do not import</source>
        <translation>Не импортирай</translation>
    </message>
    <message>
        <source>%1 is chosen for more than one column (%2). Pick one of them.</source>
        <translation>%1 е избрано за повече от една колона (%2). Изберете една от тях.</translation>
    </message>
    <message>
        <source>Choose the column with the deal name, the company or the other CRM&apos;s ID.</source>
        <translation>Изберете колоната с името на сделката, компанията или ID от другата CRM.</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) will be imported.</source>
        <translation>
            <numerusform>Ще бъде импортирана %n колона.</numerusform>
            <numerusform>Ще бъдат импортирани %n колони.</numerusform>
        </translation>
    </message>
    <message>
        <source>Email is required: choose the column that holds the email address.</source>
        <translation>Имейлът е задължителен: изберете колоната, която съдържа имейл адреса.</translation>
    </message>
    <message>
        <source>Write stage names as Exported=LeadRelay, separated by semicolons, not &quot;%1&quot;.</source>
        <translation>Въведете имената на етапите като Exported=LeadRelay, разделени с точка и запетая, а не „%1“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (where it is empty: %2)</source>
        <translation>„%1“ (където е празна: %2)</translation>
    </message>
    <message numerus="yes">
        <source>Email comes from %1. %n column(s) will be imported.</source>
        <translation>
            <numerusform>Имейлът се взема от %1. Ще бъде импортирана %n колона.</numerusform>
            <numerusform>Имейлът се взема от %1. Ще бъдат импортирани %n колони.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lr::ui::ImportProgressPage</name>
    <message>
        <source>Importing</source>
        <translation>Импортиране</translation>
    </message>
    <message>
        <source>Every row is journaled first, then checked, deduplicated and created or merged. You can keep working in the main window.</source>
        <translation>Всеки ред първо се записва в журнала, след това се проверява, дедуплицира и се създава или обединява. Можете да продължите работа в главния прозорец.</translation>
    </message>
    <message>
        <source>&amp;Stop Import</source>
        <translation>&amp;Спри импортирането</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Стартиране…</translation>
    </message>
    <message>
        <source>%1 rows read: %2 created, %3 merged, %4 quarantined.</source>
        <translation>Прочетени редове: %1; създадени: %2, обединени: %3, под карантина: %4.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Спиране…</translation>
    </message>
</context>
<context>
    <name>lr::ui::ImportSummaryPage</name>
    <message>
        <source>Import summary</source>
        <translation>Обобщение на импортирането</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Отхвърлени редове</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ред</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Save &amp;Rejected Rows…</source>
        <translation>Запиши &amp;отхвърлените редове…</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Нищо не е импортирано: %1</translation>
    </message>
    <message>
        <source>the import did not run.</source>
        <translation>импортирането не беше изпълнено.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Import stopped.&lt;/b&gt; The %1 rows read before you stopped were imported and are kept; the rest of the file was not read.</source>
        <translation>&lt;b&gt;Импортирането е спряно.&lt;/b&gt; Прочетените преди спирането редове (%1) са импортирани и запазени; останалата част от файла не е прочетена.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Import finished.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Импортирането завърши.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Rows: %1 · deals created: %2 · updated from an earlier import: %3 · rejected: %4</source>
        <translation>Редове: %1 · създадени сделки: %2 · обновени от предишно импортиране: %3 · отхвърлени: %4</translation>
    </message>
    <message>
        <source>Rows: %1 · created: %2 · merged into existing leads: %3 · quarantined: %4</source>
        <translation>Редове: %1 · създадени: %2 · обединени със съществуващи лийдове: %3 · под карантина: %4</translation>
    </message>
    <message>
        <source>Columns not imported: %1</source>
        <translation>Неимпортирани колони: %1</translation>
    </message>
    <message>
        <source>Columns not imported (kept in the intake journal): %1</source>
        <translation>Неимпортирани колони (запазени в журнала на приемането): %1</translation>
    </message>
    <message>
        <source>No row was rejected.</source>
        <translation>Няма отхвърлени редове.</translation>
    </message>
    <message>
        <source>-rejected</source>
        <translation>-отхвърлени</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n row(s) with their reasons to %1.</source>
        <translation>
            <numerusform>%n ред с причината е записан в %1.</numerusform>
            <numerusform>%n реда с причините са записани в %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n imported row(s) had something left out:</source>
        <translation>
            <numerusform>В %n импортиран ред нещо е пропуснато:</numerusform>
            <numerusform>В %n импортирани реда нещо е пропуснато:</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Ред %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more, in the intake journal.</source>
        <translation>
            <numerusform>… и още %n ред — в журнала на приемането.</numerusform>
            <numerusform>… и още %n реда — в журнала на приемането.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) above the header were not imported: %1</source>
        <translation>
            <numerusform>%n ред над заглавието не беше импортиран: %1</numerusform>
            <numerusform>%n реда над заглавието не бяха импортирани: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lr::ui::ImportWizard</name>
    <message>
        <source>Import Leads</source>
        <translation>Импорт на лийдове</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортирай</translation>
    </message>
    <message>
        <source>Import Deals</source>
        <translation>Импорт на сделки</translation>
    </message>
    <message>
        <source>Cannot open the store for the import: %1</source>
        <translation>Базата данни не може да бъде отворена за импортирането: %1</translation>
    </message>
</context>
<context>
    <name>lr::ui::InboxModel</name>
    <message>
        <source>%1 h %2</source>
        <translation>%1 ч %2</translation>
    </message>
    <message>
        <source>%1 over</source>
        <translation>просрочено с %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>остават %1</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Лийд</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Отговорник</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Политика</translation>
    </message>
</context>
<context>
    <name>lr::ui::InboxPage</name>
    <message>
        <source>Log call</source>
        <translation>Запиши обаждане</translation>
    </message>
    <message>
        <source>Log email</source>
        <translation>Запиши имейл</translation>
    </message>
    <message>
        <source>Log meeting</source>
        <translation>Запиши среща</translation>
    </message>
    <message>
        <source>Reason to disqualify</source>
        <translation>Причина за дисквалификация</translation>
    </message>
    <message>
        <source>Disqualify</source>
        <translation>Дисквалифицирай</translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation>Преразпредели</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Покажи:</translation>
    </message>
    <message>
        <source>My leads</source>
        <translation>Моите лийдове</translation>
    </message>
    <message>
        <source>My team</source>
        <translation>Моят екип</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Всички</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Нарушени</translation>
    </message>
    <message>
        <source>%1 logged; the SLA clock stopped.</source>
        <translation>%1 е записано; SLA часовникът е спрян.</translation>
    </message>
    <message>
        <source>Lead disqualified.</source>
        <translation>Лийдът е дисквалифициран.</translation>
    </message>
    <message>
        <source>Lead reassigned to %1.</source>
        <translation>Лийдът е преразпределен на %1.</translation>
    </message>
</context>
<context>
    <name>lr::ui::IntakeActions</name>
    <message>
        <source>&amp;New Lead…</source>
        <translation>&amp;Нов лийд…</translation>
    </message>
    <message>
        <source>Type in a lead from a call, a chat or a referral</source>
        <translation>Въведете лийд от обаждане, чат или препоръка</translation>
    </message>
    <message>
        <source>&amp;Import Leads…</source>
        <translation>&amp;Импорт на лийдове…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Настройките са записани.</translation>
    </message>
</context>
<context>
    <name>lr::ui::IntakePage</name>
    <message>
        <source>Lead #%1 created.</source>
        <translation>Лийд #%1 е създаден.</translation>
    </message>
    <message>
        <source>Merged into lead #%1.</source>
        <translation>Обединен в лийд #%1.</translation>
    </message>
    <message>
        <source>Still quarantined: %1</source>
        <translation>Все още под карантина: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Неуспешно: %1</translation>
    </message>
    <message>
        <source>Rejected Submissions</source>
        <translation>Отхвърлени подавания</translation>
    </message>
    <message>
        <source>Domain Lists</source>
        <translation>Списъци с домейни</translation>
    </message>
    <message>
        <source>No rejected submissions match. Every submission made it in.</source>
        <translation>Няма съвпадащи отхвърлени подавания. Всички подавания са приети.</translation>
    </message>
    <message>
        <source>Re-process Selected</source>
        <translation>Обработи избраните повторно</translation>
    </message>
    <message>
        <source>Run the selected submissions through intake again as they are, for example after a domain list changed.</source>
        <translation>Пуснете избраните подавания отново през приемането без промени, например след промяна в списък с домейни.</translation>
    </message>
    <message>
        <source>Discard Selected</source>
        <translation>Отхвърли избраните</translation>
    </message>
    <message>
        <source>Intake review</source>
        <translation>Преглед на приемането</translation>
    </message>
    <message>
        <source>Search reason, form or submitted text</source>
        <translation>Търсене по причина, формуляр или подаден текст</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Всички канали</translation>
    </message>
    <message>
        <source>Show discarded</source>
        <translation>Покажи отхвърлените</translation>
    </message>
    <message>
        <source>All forms</source>
        <translation>Всички формуляри</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>All reasons</source>
        <translation>Всички причини</translation>
    </message>
    <message numerus="yes">
        <source>%n rejected submission(s) waiting for review</source>
        <translation>
            <numerusform>%n отхвърлено подаване чака преглед</numerusform>
            <numerusform>%n отхвърлени подавания чакат преглед</numerusform>
        </translation>
    </message>
    <message>
        <source> · %1 shown</source>
        <translation> · показани %1</translation>
    </message>
    <message>
        <source>Submission #%1: %2</source>
        <translation>Подаване #%1: %2</translation>
    </message>
    <message>
        <source>Discarded. It stays in the journal; tick &quot;Show discarded&quot; to see it.</source>
        <translation>Отхвърлено. Остава в журнала; отметнете „Покажи отхвърлените“, за да го видите.</translation>
    </message>
    <message>
        <source>Submission #%1 discarded.</source>
        <translation>Подаване #%1 е отхвърлено.</translation>
    </message>
    <message>
        <source>Select the submissions to re-process first.</source>
        <translation>Първо изберете подаванията за повторна обработка.</translation>
    </message>
    <message>
        <source>Re-processed %1: %2 created, %3 merged, %4 still quarantined, %5 failed.</source>
        <translation>Повторно обработени: %1; създадени: %2, обединени: %3, все още под карантина: %4, неуспешни: %5.</translation>
    </message>
    <message>
        <source>Select the submissions to discard first.</source>
        <translation>Първо изберете подаванията за отхвърляне.</translation>
    </message>
    <message numerus="yes">
        <source>Discarded %n submission(s).</source>
        <translation>
            <numerusform>Отхвърлено е %n подаване.</numerusform>
            <numerusform>Отхвърлени са %n подавания.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lr::ui::KpiTile</name>
    <message>
        <source>No figure for the previous period</source>
        <translation>Няма стойност за предходния период</translation>
    </message>
    <message>
        <source>Up from the previous period</source>
        <translation>Ръст спрямо предходния период</translation>
    </message>
    <message>
        <source>Down from the previous period</source>
        <translation>Спад спрямо предходния период</translation>
    </message>
    <message>
        <source>As in the previous period</source>
        <translation>Както в предходния период</translation>
    </message>
    <message>
        <source>Click to see the records behind this figure</source>
        <translation>Щракнете, за да видите записите зад тази стойност</translation>
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
    <message>
        <source>Close the details (Esc)</source>
        <translation>Затвори подробностите (Esc)</translation>
    </message>
    <message>
        <source>Close the details</source>
        <translation>Затвори подробностите</translation>
    </message>
</context>
<context>
    <name>lr::ui::LeadEntryDialog</name>
    <message>
        <source>New Lead</source>
        <translation>Нов лийд</translation>
    </message>
    <message>
        <source>New lead</source>
        <translation>Нов лийд</translation>
    </message>
    <message>
        <source>A lead from a call, a chat or a referral. Only the email is required; it is checked as you type, like every web form and import.</source>
        <translation>Лийд от обаждане, чат или препоръка. Задължителен е само имейлът; той се проверява, докато пишете, както при всеки уеб формуляр и импорт.</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Име</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Име:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Имейл:</translation>
    </message>
    <message>
        <source>name@company.com (required)</source>
        <translation>name@company.com (задължително)</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>+48 601 234 567, or local with a country</source>
        <translation>+359 88 123 4567 или местен номер с държава</translation>
    </message>
    <message>
        <source>C&amp;ompany:</source>
        <translation>&amp;Компания:</translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation>&amp;Длъжност:</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>Дър&amp;жава:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Език:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>Из&amp;точник:</translation>
    </message>
    <message>
        <source>Company size, use case or budget range</source>
        <translation>Размер на компанията, случай на употреба или бюджет</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Въпрос:</translation>
    </message>
    <message>
        <source>Add Lead</source>
        <translation>Добави лийд</translation>
    </message>
</context>
<context>
    <name>lr::ui::LeadFieldNames</name>
    <message>
        <source>Email</source>
        <translation>Имейл</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Име</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Пълно име</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Company website or domain</source>
        <translation>Уебсайт или домейн на компанията</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Мобилен телефон</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Длъжност</translation>
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
        <source>Lead source</source>
        <translation>Източник на лийда</translation>
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
        <source>Submitted at</source>
        <translation>Подаден на</translation>
    </message>
    <message>
        <source>Qualifying question</source>
        <translation>Квалифициращ въпрос</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Служители</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Отрасъл</translation>
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
    <message>
        <source>Show leads of one score class</source>
        <translation>Показване на лийдовете от един клас по оценка</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>Всички класове</translation>
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
    <message>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Клас</translation>
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
        <translation>Приемане</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Дубликати</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Фуния</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>Разпределение</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Правила</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Табло</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Входящи</translation>
    </message>
    <message>
        <source>My day</source>
        <translation>Моят ден</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Инструменти</translation>
    </message>
    <message>
        <source>&amp;Enrichment…</source>
        <translation>&amp;Обогатяване…</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>Оценяване</translation>
    </message>
    <message>
        <source>&amp;Currencies…</source>
        <translation>&amp;Валути…</translation>
    </message>
</context>
<context>
    <name>lr::ui::MergeDialog</name>
    <message>
        <source>%1 · #%2 · created %3</source>
        <translation>%1 · #%2 · създаден %3</translation>
    </message>
    <message>
        <source>Merge Leads</source>
        <translation>Обединяване на лийдове</translation>
    </message>
    <message>
        <source>Choose the value to keep for each field that differs. The record created first keeps its id, history and attribution; the other one is merged into it. A merge can be undone from Recent merges.</source>
        <translation>Изберете коя стойност да се запази за всяко различаващо се поле. Записът, създаден първи, запазва своите ID, история и атрибуция; другият се обединява в него. Обединяването може да бъде отменено от „Скорошни обединявания“.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Обедини</translation>
    </message>
    <message>
        <source>Kept record</source>
        <translation>Запазен запис</translation>
    </message>
    <message>
        <source>Merged into it</source>
        <translation>Обединен в него</translation>
    </message>
    <message>
        <source>Proposed because</source>
        <translation>Предложено, защото</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(празно)</translation>
    </message>
    <message>
        <source>The two records hold the same values.</source>
        <translation>Двата записа съдържат еднакви стойности.</translation>
    </message>
    <message>
        <source>Same in both: %1</source>
        <translation>Еднакво в двата: %1</translation>
    </message>
</context>
<context>
    <name>lr::ui::MergeHistoryModel</name>
    <message>
        <source>%1 (#%2)</source>
        <translation>%1 (#%2)</translation>
    </message>
    <message>
        <source>Undone %1</source>
        <translation>Отменено %1</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Обединен</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Кога</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Запазен</translation>
    </message>
    <message>
        <source>Merged into it</source>
        <translation>Обединен в него</translation>
    </message>
    <message>
        <source>By</source>
        <translation>От</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Състояние</translation>
    </message>
</context>
<context>
    <name>lr::ui::MetricsLoader</name>
    <message>
        <source>Cannot open the store for the dashboard: %1</source>
        <translation>Базата данни не може да бъде отворена за таблото: %1</translation>
    </message>
</context>
<context>
    <name>lr::ui::MyDayPage</name>
    <message>
        <source>Connected</source>
        <translation>Осъществена връзка</translation>
    </message>
    <message>
        <source>Left voicemail</source>
        <translation>Оставено гласово съобщение</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Няма отговор</translation>
    </message>
    <message>
        <source>Meeting booked</source>
        <translation>Насрочена среща</translation>
    </message>
    <message>
        <source>Not interested</source>
        <translation>Не се интересува</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Завърши</translation>
    </message>
    <message>
        <source>Escalations today</source>
        <translation>Ескалации днес</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Резултат:</translation>
    </message>
    <message>
        <source>%1 overdue · %2 due now · %3 later</source>
        <translation>%1 просрочени · %2 със срок сега · %3 по-късно</translation>
    </message>
    <message numerus="yes">
        <source>Escalations today: %n SLA breach(es)</source>
        <translation>
            <numerusform>Ескалации днес: %n нарушение на SLA</numerusform>
            <numerusform>Ескалации днес: %n нарушения на SLA</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reassigned for breach</source>
        <translation>
            <numerusform>%n преразпределен поради нарушение</numerusform>
            <numerusform>%n преразпределени поради нарушение</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <translation>%1 → %2: %3</translation>
    </message>
    <message>
        <source>SLA breached %1: %2 (%3)</source>
        <translation>Нарушено SLA в %1: %2 (%3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Reassigned for SLA breach, %1: %2 (%n in all)</source>
        <translation>
            <numerusform>Преразпределени поради нарушено SLA, %1: %2 (общо %n)</numerusform>
            <numerusform>Преразпределени поради нарушено SLA, %1: %2 (общо %n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lr::ui::NotificationCenter</name>
    <message>
        <source>Mark all read</source>
        <translation>Маркирай всички като прочетени</translation>
    </message>
    <message>
        <source>LeadRelay</source>
        <translation>LeadRelay</translation>
    </message>
    <message numerus="yes">
        <source>Notifications (%n unread)</source>
        <translation>
            <numerusform>Известия (%n непрочетено)</numerusform>
            <numerusform>Известия (%n непрочетени)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lr::ui::PersonFields</name>
    <message>
        <source>First and last name</source>
        <translation>Име и фамилия</translation>
    </message>
    <message>
        <source>name@company.com: they sign in with it</source>
        <translation>name@company.com: с него се влиза</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Име</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Имейл</translation>
    </message>
</context>
<context>
    <name>lr::ui::PipelinePage</name>
    <message>
        <source>Pipeline</source>
        <translation>Фуния</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Отговорник</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Отговорник:</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Екип</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>Екип:</translation>
    </message>
    <message>
        <source>Pipeline:</source>
        <translation>Фуния:</translation>
    </message>
    <message>
        <source>Edit &amp;Stages…</source>
        <translation>Редактирай &amp;етапите…</translation>
    </message>
    <message>
        <source>Move Deal to &amp;Next Stage</source>
        <translation>Премести сделката в &amp;следващия етап</translation>
    </message>
    <message>
        <source>Move Deal to &amp;Previous Stage</source>
        <translation>Премести сделката в &amp;предишния етап</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Всички екипи</translation>
    </message>
    <message>
        <source>Stages saved.</source>
        <translation>Етапите са записани.</translation>
    </message>
    <message>
        <source>Whole team</source>
        <translation>Целият екип</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Всички</translation>
    </message>
    <message>
        <source>My team</source>
        <translation>Моят екип</translation>
    </message>
    <message numerus="yes">
        <source>%n open deal(s) · drag a card to another stage, or select it and press %1 / %2</source>
        <translation>
            <numerusform>%n отворена сделка · плъзнете картата в друг етап или я изберете и натиснете %1 / %2</numerusform>
            <numerusform>%n отворени сделки · плъзнете карта в друг етап или я изберете и натиснете %1 / %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The move was cancelled.</source>
        <translation>Преместването е отменено.</translation>
    </message>
    <message>
        <source>Select a deal first.</source>
        <translation>Първо изберете сделка.</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Премести в</translation>
    </message>
</context>
<context>
    <name>lr::ui::PipelineRulesTab</name>
    <message>
        <source> days</source>
        <translation> дни</translation>
    </message>
    <message>
        <source>Ghost-buster for stalled deals</source>
        <translation>Почистване на застояли сделки</translation>
    </message>
    <message>
        <source>Send a break-up task, then close silent deals as lost</source>
        <translation>Създай задача за прощален имейл, след това затвори безмълвните сделки като загубени</translation>
    </message>
    <message>
        <source>Deal unchanged for:</source>
        <translation>Сделка без промяна от:</translation>
    </message>
    <message>
        <source>and no activity for:</source>
        <translation>и без активност от:</translation>
    </message>
    <message>
        <source>Close as lost after the break-up:</source>
        <translation>Затвори като загубена след прощалния имейл:</translation>
    </message>
    <message>
        <source>Lost reason:</source>
        <translation>Причина за загуба:</translation>
    </message>
    <message>
        <source>Alerts and follow-ups</source>
        <translation>Сигнали и последващи действия</translation>
    </message>
    <message>
        <source>Alert the owner when a deal outstays its stage&apos;s stale limit (Negotiation: 30 days)</source>
        <translation>Сигнализирай отговорника, когато сделка надвиши лимита за застой на етапа си (Преговори: 30 дни)</translation>
    </message>
    <message>
        <source>Check in again after a deal lost for timing or budget</source>
        <translation>Свържи се отново след сделка, загубена поради време или бюджет</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никога</translation>
    </message>
    <message>
        <source>After a won deal: hand-off tasks and an account review</source>
        <translation>След спечелена сделка: задачи за предаване и преглед на клиента</translation>
    </message>
    <message>
        <source>Comma separated. kickoff_call, onboarding_handoff and billing_details are translated; other text is used as written.</source>
        <translation>Разделени със запетая. kickoff_call, onboarding_handoff и billing_details се превеждат; друг текст се използва както е написан.</translation>
    </message>
    <message>
        <source>Lost for timing: check in after</source>
        <translation>Загубена поради време: нов контакт след</translation>
    </message>
    <message>
        <source>Lost for budget: check in after</source>
        <translation>Загубена поради бюджет: нов контакт след</translation>
    </message>
    <message>
        <source>Hand-off tasks:</source>
        <translation>Задачи за предаване:</translation>
    </message>
    <message>
        <source>Account review after:</source>
        <translation>Преглед на клиента след:</translation>
    </message>
    <message>
        <source>&amp;Save Pipeline Rules</source>
        <translation>&amp;Запиши правилата на фунията</translation>
    </message>
    <message>
        <source>Edit &amp;Stages, Probabilities and Exit Criteria…</source>
        <translation>Редактирай &amp;етапи, вероятности и критерии за преминаване…</translation>
    </message>
    <message>
        <source>Stages saved.</source>
        <translation>Етапите са записани.</translation>
    </message>
    <message>
        <source>Pipeline rules saved.</source>
        <translation>Правилата на фунията са записани.</translation>
    </message>
</context>
<context>
    <name>lr::ui::QuarantineEntryEditor</name>
    <message>
        <source>Select a rejected submission to see and fix its fields.</source>
        <translation>Изберете отхвърлено подаване, за да видите и коригирате полетата му.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Стойност</translation>
    </message>
    <message>
        <source>Add Field</source>
        <translation>Добави поле</translation>
    </message>
    <message>
        <source>Remove Field</source>
        <translation>Премахни полето</translation>
    </message>
    <message>
        <source>As received (before any fix)</source>
        <translation>Както е получено (преди корекции)</translation>
    </message>
    <message>
        <source>Re-process</source>
        <translation>Обработи повторно</translation>
    </message>
    <message>
        <source>Save the fields and run the submission through hygiene and dedup again.</source>
        <translation>Запишете полетата и пуснете подаването отново през проверката за чистота и дедупликацията.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Отхвърли</translation>
    </message>
    <message>
        <source>Take it off the review list; it stays in the journal.</source>
        <translation>Премахнете го от списъка за преглед; то остава в журнала.</translation>
    </message>
    <message>
        <source>Submission #%1</source>
        <translation>Подаване #%1</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n опит</numerusform>
            <numerusform>%n опита</numerusform>
        </translation>
    </message>
    <message>
        <source>discarded by %1 on %2</source>
        <translation>отхвърлено от %1 на %2</translation>
    </message>
    <message>
        <source>No reason recorded.</source>
        <translation>Няма записана причина.</translation>
    </message>
    <message>
        <source>The body is not a JSON object, so it has no fields. Raw body: %1</source>
        <translation>Съдържанието не е JSON обект, затова няма полета. Необработено съдържание: %1</translation>
    </message>
    <message>
        <source>Close the submission (Esc in the list)</source>
        <translation>Затвори подаването (Esc в списъка)</translation>
    </message>
    <message>
        <source>Close the submission</source>
        <translation>Затвори подаването</translation>
    </message>
</context>
<context>
    <name>lr::ui::QuarantineTableModel</name>
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
        <source>Event</source>
        <translation>Събитие</translation>
    </message>
    <message>
        <source>Discarded by %1 on %2</source>
        <translation>Отхвърлено от %1 на %2</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Form / source</source>
        <translation>Формуляр / източник</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Опити</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Състояние</translation>
    </message>
</context>
<context>
    <name>lr::ui::RejectsByFormModel</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1: %2 of %3 submissions rejected</source>
        <translation>%1: отхвърлени подавания: %2 от %3</translation>
    </message>
    <message>
        <source>Form / source</source>
        <translation>Формуляр / източник</translation>
    </message>
    <message>
        <source>Rejects</source>
        <translation>Отхвърлени</translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>Подавания</translation>
    </message>
    <message>
        <source>Reject rate</source>
        <translation>Дял отхвърлени</translation>
    </message>
</context>
<context>
    <name>lr::ui::RejectsByFormPanel</name>
    <message>
        <source>Rejects by form</source>
        <translation>Отхвърлени по формуляр</translation>
    </message>
    <message numerus="yes">
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>Последния %n ден</numerusform>
            <numerusform>Последните %n дни</numerusform>
        </translation>
    </message>
    <message>
        <source>Click a form to list its rejects.</source>
        <translation>Щракнете върху формуляр, за да видите отхвърлените от него.</translation>
    </message>
    <message>
        <source>No rejected submissions in this period.</source>
        <translation>Няма отхвърлени подавания за този период.</translation>
    </message>
</context>
<context>
    <name>lr::ui::RoutingRulesTab</name>
    <message>
        <source>Only people inside their working hours</source>
        <translation>Само хора в работното си време</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Активно</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Приложи</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>Добави правило</translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation>Премахни правилото</translation>
    </message>
    <message>
        <source>Save routing rules</source>
        <translation>Запиши правилата за разпределение</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Име</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Условия</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Цел</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кой</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Стратегия</translation>
    </message>
    <message>
        <source>%1 → %2, %3%4</source>
        <translation>%1 → %2, %3%4</translation>
    </message>
    <message>
        <source> (off)</source>
        <translation> (изкл.)</translation>
    </message>
    <message>
        <source>Any team</source>
        <translation>Всеки екип</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>Ново правило</translation>
    </message>
    <message>
        <source>Routing rules saved as version %1.</source>
        <translation>Правилата за разпределение са записани като версия %1.</translation>
    </message>
    <message>
        <source>What-if…</source>
        <translation>Симулация…</translation>
    </message>
    <message>
        <source>No conditions: the default rule, which takes every lead no rule above took.</source>
        <translation>Без условия: правилото по подразбиране, което поема всеки лийд, неприет от правилата по-горе.</translation>
    </message>
    <message>
        <source>SLA load uses the unsaved policies of the SLA tab.</source>
        <translation>Натоварването по SLA използва незаписаните политики от раздела SLA.</translation>
    </message>
    <message>
        <source>The unsaved SLA policies are not valid (%1); SLA load uses the saved policies.</source>
        <translation>Незаписаните политики за SLA не са валидни (%1); натоварването по SLA използва записаните политики.</translation>
    </message>
</context>
<context>
    <name>lr::ui::ScorePanel</name>
    <message>
        <source>Score history</source>
        <translation>История на оценката</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Бюджет</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Правомощия</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Нужда</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Срокове</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <source>Save BANT</source>
        <translation>Запиши BANT</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>Без оценка</translation>
    </message>
    <message>
        <source>%1 · %2 · rules version %3</source>
        <translation>%1 · %2 · версия на правилата %3</translation>
    </message>
    <message>
        <source>No rule fired.</source>
        <translation>Не е задействано нито едно правило.</translation>
    </message>
    <message>
        <source>Sign in to edit BANT.</source>
        <translation>Влезте, за да редактирате BANT.</translation>
    </message>
    <message>
        <source>BANT saved; score %1.</source>
        <translation>BANT е записан; оценка %1.</translation>
    </message>
</context>
<context>
    <name>lr::ui::ScoringRulesTab</name>
    <message>
        <source>%1 (off)</source>
        <translation>%1 (изкл.)</translation>
    </message>
    <message>
        <source>Only administrators may change the scoring rules.</source>
        <translation>Само администратори могат да променят правилата за оценка.</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Точки</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>Добави правило</translation>
    </message>
    <message>
        <source>Delete rule</source>
        <translation>Изтрий правилото</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Премести нагоре</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Премести надолу</translation>
    </message>
    <message>
        <source>Class thresholds (lowest score of each class)</source>
        <translation>Прагове на класовете (най-ниската оценка за всеки клас)</translation>
    </message>
    <message>
        <source>SQL from</source>
        <translation>SQL от</translation>
    </message>
    <message>
        <source>MQL from</source>
        <translation>MQL от</translation>
    </message>
    <message>
        <source>Nurture from</source>
        <translation>Подгряване от</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Активно</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Име</translation>
    </message>
    <message>
        <source>Axis</source>
        <translation>Ос</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Кога</translation>
    </message>
    <message>
        <source>Lead ID or email</source>
        <translation>ID или имейл на лийд</translation>
    </message>
    <message>
        <source>Test against lead</source>
        <translation>Тествай с лийд</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Сега</translation>
    </message>
    <message>
        <source>With these rules</source>
        <translation>С тези правила</translation>
    </message>
    <message>
        <source>Test against a lead</source>
        <translation>Тест с лийд</translation>
    </message>
    <message>
        <source>Preview impact</source>
        <translation>Преглед на въздействието</translation>
    </message>
    <message>
        <source>Now, in all</source>
        <translation>Сега, общо</translation>
    </message>
    <message>
        <source>Rows: the class leads of the period have now. Columns: the class the edited rules would give them.</source>
        <translation>Редове: класът, който лийдовете от периода имат сега. Колони: класът, който редактираните правила биха им дали.</translation>
    </message>
    <message>
        <source>Impact on the last 90 days</source>
        <translation>Въздействие за последните 90 дни</translation>
    </message>
    <message>
        <source>Save scoring rules…</source>
        <translation>Запиши правилата за оценка…</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Покажи</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Възстанови…</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Версии</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>Ново правило</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) looked at.</source>
        <translation>
            <numerusform>Прегледан е %n лийд.</numerusform>
            <numerusform>Прегледани са %n лийда.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: now %2 (%3), with these rules %4 (%5).</source>
        <translation>%1: сега %2 (%3), с тези правила %4 (%5).</translation>
    </message>
    <message>
        <source>Save scoring rules</source>
        <translation>Запиши правилата за оценка</translation>
    </message>
    <message>
        <source>Re-scoring stopped: %1</source>
        <translation>Преоценяването е спряно: %1</translation>
    </message>
    <message>
        <source>Version %1 · %2 · %3</source>
        <translation>Версия %1 · %2 · %3</translation>
    </message>
    <message>
        <source>shipped defaults</source>
        <translation>вградени стандартни правила</translation>
    </message>
    <message>
        <source>(active)</source>
        <translation>(активна)</translation>
    </message>
    <message>
        <source>Version %1 could not be read.</source>
        <translation>Версия %1 не можа да бъде прочетена.</translation>
    </message>
    <message>
        <source>Showing version %1 in the editor. Save (or Restore) to make it the active rules again.</source>
        <translation>В редактора е показана версия %1. Запишете (или възстановете), за да станат тези правила отново активни.</translation>
    </message>
    <message>
        <source>Scoring rules saved as version %1; re-scoring the leads the change affects…</source>
        <translation>Правилата за оценка са запазени като версия %1; преоценяват се засегнатите от промяната лийдове…</translation>
    </message>
    <message numerus="yes">
        <source>Brought %n lead(s) to rules version %1; %2 changed.</source>
        <translation>
            <numerusform>%n лийд приведен към версия %1 на правилата; променени: %2.</numerusform>
            <numerusform>%n лийда приведени към версия %1 на правилата; променени: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Finishing the re-score left unfinished by the last run…</source>
        <translation>Довършва се преоценката, която предишното изпълнение не завърши…</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) created %1 would change class.</source>
        <translation>
            <numerusform>%n лийд, създаден %1, би сменил класа си.</numerusform>
            <numerusform>%n лийда, създадени %1, биха сменили класа си.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) created %1 would change class (see the impact table). Save the rules as a new version and re-score the leads it affects?</source>
        <translation>
            <numerusform>%n лийд, създаден %1, би сменил класа си (вижте таблицата с въздействието). Да се запишат ли правилата като нова версия и да се преоценят ли засегнатите от промяната лийдове?</numerusform>
            <numerusform>%n лийда, създадени %1, биха сменили класа си (вижте таблицата с въздействието). Да се запишат ли правилата като нова версия и да се преоценят ли засегнатите от промяната лийдове?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lr::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Webhook intake</source>
        <translation>Приемане чрез уебхук</translation>
    </message>
    <message>
        <source>While LeadRelay is open it can receive your website&apos;s form submissions (POST /v1/submissions with a JSON body). These settings are stored with the database.</source>
        <translation>Докато LeadRelay е отворен, той може да получава подаванията на формуляри от вашия уебсайт (POST /v1/submissions с JSON съдържание). Тези настройки се съхраняват в базата данни.</translation>
    </message>
    <message>
        <source>&amp;Receive web form submissions while the app is open</source>
        <translation>&amp;Приемай подавания от уеб формуляри, докато приложението е отворено</translation>
    </message>
    <message>
        <source>127.0.0.1 accepts submissions from this computer only (for example a local proxy); 0.0.0.0 from every network.</source>
        <translation>127.0.0.1 приема подавания само от този компютър (например локален прокси); 0.0.0.0 — от всички мрежи.</translation>
    </message>
    <message>
        <source>Any free port</source>
        <translation>Произволен свободен порт</translation>
    </message>
    <message>
        <source>None (loopback only)</source>
        <translation>Няма (само loopback)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Покажи</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Генерирай</translation>
    </message>
    <message>
        <source>&amp;Bind address:</source>
        <translation>&amp;Адрес за свързване:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Порт:</translation>
    </message>
    <message>
        <source>Bearer token:</source>
        <translation>Bearer токен:</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Скрий</translation>
    </message>
    <message>
        <source>&lt;port&gt;</source>
        <translation>&lt;порт&gt;</translation>
    </message>
    <message>
        <source>Websites post to http://%1:%2/v1/submissions%3</source>
        <translation>Уебсайтовете изпращат към http://%1:%2/v1/submissions%3</translation>
    </message>
    <message>
        <source> with the header Authorization: Bearer &lt;token&gt;</source>
        <translation> със заглавката Authorization: Bearer &lt;token&gt;</translation>
    </message>
    <message>
        <source>Webhook intake is off.</source>
        <translation>Приемането чрез уебхук е изключено.</translation>
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
        <translation>оценка ≥ %1</translation>
    </message>
    <message>
        <source>every lead</source>
        <translation>всеки лийд</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Политика</translation>
    </message>
    <message>
        <source>Lead types</source>
        <translation>Видове лийдове</translation>
    </message>
    <message>
        <source>Target (minutes)</source>
        <translation>Цел (минути)</translation>
    </message>
    <message>
        <source>Business hours</source>
        <translation>Работно време</translation>
    </message>
    <message>
        <source>Ladder % (nudge/alert/reassign)</source>
        <translation>Стъпки % (напомняне/сигнал/преразпределение)</translation>
    </message>
    <message>
        <source>Save SLA policies</source>
        <translation>Запиши SLA политиките</translation>
    </message>
    <message>
        <source>SLA policies saved as version %1.</source>
        <translation>SLA политиките са записани като версия %1.</translation>
    </message>
</context>
<context>
    <name>lr::ui::StageColumn</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Probability of a deal in this stage</source>
        <translation>Вероятност за сделка в този етап</translation>
    </message>
    <message>
        <source>Deals in %1</source>
        <translation>Сделки в %1</translation>
    </message>
    <message>
        <source>%1 · weighted %2</source>
        <translation>%1 · претеглено %2</translation>
    </message>
    <message>
        <source>Sum of deal values · weighted by probability, in the home currency at the rates under Tools ▸ Currencies. Deals in currencies without a rate are added as they are (&quot;mixed&quot;).</source>
        <translation>Сума на сделките · претеглена по вероятност, в основната валута по курсовете от Инструменти ▸ Валути. Сделките във валути без курс се добавят както са („смесени“).</translation>
    </message>
</context>
<context>
    <name>lr::ui::StageEditorDialog</name>
    <message>
        <source>Open</source>
        <translation>Отворен</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Спечелена</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Загубена</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Невалиден</translation>
    </message>
    <message>
        <source>Pipeline Stages</source>
        <translation>Етапи на фунията</translation>
    </message>
    <message>
        <source>New &amp;Pipeline…</source>
        <translation>Нова &amp;фуния…</translation>
    </message>
    <message>
        <source>Pipe&amp;line:</source>
        <translation>Фу&amp;ния:</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Етап</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Вероятност</translation>
    </message>
    <message>
        <source>Rots after</source>
        <translation>Застоява се след</translation>
    </message>
    <message>
        <source>Stale after</source>
        <translation>Остарява след</translation>
    </message>
    <message>
        <source>Stale probability</source>
        <translation>Вероятност при застой</translation>
    </message>
    <message>
        <source>Required to enter</source>
        <translation>Изисква се за влизане</translation>
    </message>
    <message>
        <source>Entered on</source>
        <translation>Влиза при</translation>
    </message>
    <message>
        <source>Required to enter: deal fields, comma separated (%1).</source>
        <translation>Изисква се за влизане: полета на сделката, разделени със запетая (%1).</translation>
    </message>
    <message>
        <source>&amp;Add Stage</source>
        <translation>&amp;Добави етап</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Премахни</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Премести на&amp;горе</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Премести на&amp;долу</translation>
    </message>
    <message>
        <source>Restore &amp;Defaults</source>
        <translation>&amp;Възстанови стандартните</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Нов етап</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дни</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Meeting booked</source>
        <translation>Насрочена среща</translation>
    </message>
    <message>
        <source>Contract signed</source>
        <translation>Подписан договор</translation>
    </message>
    <message>
        <source>Email bounced</source>
        <translation>Недоставен имейл</translation>
    </message>
    <message>
        <source>New Pipeline</source>
        <translation>Нова фуния</translation>
    </message>
    <message>
        <source>Name of the new pipeline:</source>
        <translation>Име на новата фуния:</translation>
    </message>
</context>
<context>
    <name>lr::ui::TaskQueueModel</name>
    <message>
        <source>Overdue</source>
        <translation>Просрочена</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>Срокът е сега</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>По-късно</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Кога</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
</context>
<context>
    <name>lr::ui::TeamMemberDialog</name>
    <message>
        <source>SMB</source>
        <translation>Малки компании</translation>
    </message>
    <message>
        <source>Mid-market</source>
        <translation>Средни компании</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Големи компании</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Всеки</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Редактиране на %1</translation>
    </message>
    <message>
        <source>No team</source>
        <translation>Без екип</translation>
    </message>
    <message>
        <source>de, en</source>
        <translation>de, en</translation>
    </message>
    <message>
        <source>DE, AT, CH</source>
        <translation>DE, AT, CH</translation>
    </message>
    <message>
        <source> open leads</source>
        <translation> отворени лийда</translation>
    </message>
    <message>
        <source>to</source>
        <translation>до</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Отпуск</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добави</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Премахни</translation>
    </message>
    <message>
        <source>Active (takes new leads; unticking hands their open leads on)</source>
        <translation>Активен (получава нови лийдове; при махане на отметката отворените му лийдове се предават на други)</translation>
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
        <source>Languages</source>
        <translation>Езици</translation>
    </message>
    <message>
        <source>Territories</source>
        <translation>Територии</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Капацитет</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>Работни дни</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Работно време</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Часова зона</translation>
    </message>
    <message>
        <source>Out of office</source>
        <translation>Отсъствие</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>An absence must end on or after its first day.</source>
        <translation>Отсъствието трябва да приключва в първия си ден или по-късно.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Ден</translation>
    </message>
    <message>
        <source>From</source>
        <translation>От</translation>
    </message>
    <message>
        <source>To</source>
        <translation>До</translation>
    </message>
    <message>
        <source>Works on this day</source>
        <translation>Работи в този ден</translation>
    </message>
    <message>
        <source>23:59 means until midnight</source>
        <translation>23:59 означава до полунощ</translation>
    </message>
    <message>
        <source>Hours per day</source>
        <translation>Часове по дни</translation>
    </message>
    <message>
        <source>Must end after it starts</source>
        <translation>Трябва да свършва след началото</translation>
    </message>
    <message>
        <source>The hours of this day must end after they start.</source>
        <translation>Работното време в този ден трябва да свършва след началото си.</translation>
    </message>
    <message>
        <source>Some days end before they start: correct the marked hours.</source>
        <translation>Някои дни свършват преди да започнат: поправете отбелязаните часове.</translation>
    </message>
    <message>
        <source>Add a Person</source>
        <translation>Добавяне на човек</translation>
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
    <message>
        <source>Edit…</source>
        <translation>Редактирай…</translation>
    </message>
    <message numerus="yes">
        <source>%n open lead(s) handed on</source>
        <translation>
            <numerusform>Предаден е %n отворен лийд</numerusform>
            <numerusform>Предадени са %n отворени лийда</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Person…</source>
        <translation>Добави човек…</translation>
    </message>
    <message>
        <source>Add a rep, manager or admin who signs in with their e-mail address</source>
        <translation>Добавете търговец, мениджър или администратор, който влиза със своя имейл адрес</translation>
    </message>
    <message>
        <source>Teams…</source>
        <translation>Екипи…</translation>
    </message>
    <message>
        <source>Add a team, or rename one, change its countries or its manager</source>
        <translation>Добавете екип или променете името, държавите или мениджъра на съществуващ</translation>
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
    <name>lr::ui::TeamsDialog</name>
    <message>
        <source>Teams</source>
        <translation>Екипи</translation>
    </message>
    <message>
        <source>DE, AT, CH</source>
        <translation>BG, RO, GR</translation>
    </message>
    <message>
        <source>New Team</source>
        <translation>Нов екип</translation>
    </message>
    <message>
        <source>Save Team</source>
        <translation>Запази екипа</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Име</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Държави</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Мениджър</translation>
    </message>
    <message>
        <source>No manager</source>
        <translation>Без мениджър</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Add Team</source>
        <translation>Добави екип</translation>
    </message>
    <message>
        <source>Leads reach a team through its territory rule under Rules ▸ Routing, which follows the team&apos;s countries. A new team needs a rule there.</source>
        <translation>Лийдовете стигат до екипа чрез неговото правило за територия в Правила ▸ Разпределение, което следва държавите на екипа. Нов екип се нуждае от правило там.</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (неактивен)</translation>
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
    <message>
        <source>SLA clock started</source>
        <translation>SLA таймерът е стартиран</translation>
    </message>
    <message>
        <source>first touch due %1</source>
        <translation>първи контакт до %1</translation>
    </message>
    <message>
        <source>SLA half gone: owner nudged</source>
        <translation>Половината от SLA изтече: отговорникът е напомнен</translation>
    </message>
    <message>
        <source>SLA breached: manager alerted</source>
        <translation>SLA е нарушен: мениджърът е уведомен</translation>
    </message>
    <message>
        <source>SLA incident: lead reassigned</source>
        <translation>SLA инцидент: лийдът е преразпределен</translation>
    </message>
</context>
<context>
    <name>lr::ui::WhatIfDialog</name>
    <message>
        <source>What-if: edited routing rules</source>
        <translation>Симулация: редактирани правила за разпределение</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дни</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Служител</translation>
    </message>
    <message>
        <source>Leads now</source>
        <translation>Лийдове сега</translation>
    </message>
    <message>
        <source>Leads what-if</source>
        <translation>Лийдове (симулация)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Промяна</translation>
    </message>
    <message>
        <source>SLA clocks now</source>
        <translation>SLA часовници сега</translation>
    </message>
    <message>
        <source>SLA clocks what-if</source>
        <translation>SLA часовници (симулация)</translation>
    </message>
    <message>
        <source>Hot now</source>
        <translation>Горещи сега</translation>
    </message>
    <message>
        <source>Hot what-if</source>
        <translation>Горещи (симулация)</translation>
    </message>
    <message>
        <source>Replay the leads of the last</source>
        <translation>Възпроизведи лийдовете от последните</translation>
    </message>
    <message numerus="yes">
        <source>%n would go to someone else with the edited rules.</source>
        <translation>
            <numerusform>%n ще бъде възложен на друг отговорник с редактираните правила.</numerusform>
            <numerusform>%n ще бъдат възложени на друг отговорник с редактираните правила.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) created %1; </source>
        <translation>
            <numerusform>%n лийд, създаден %1; </numerusform>
            <numerusform>%n лийда, създадени %1; </numerusform>
        </translation>
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
        <translation>
            <numerusform>Обработено е %n подаване, останало от предишното стартиране.</numerusform>
            <numerusform>Обработени са %n подавания, останали от предишното стартиране.</numerusform>
        </translation>
    </message>
</context>
</TS>
