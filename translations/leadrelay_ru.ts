<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>QJsonParseError</name>
    <message>
        <source>no error occurred</source>
        <translation>ошибок нет</translation>
    </message>
    <message>
        <source>unterminated object</source>
        <translation>незавершённый объект</translation>
    </message>
    <message>
        <source>missing name separator</source>
        <translation>нет двоеточия после имени</translation>
    </message>
    <message>
        <source>unterminated array</source>
        <translation>незавершённый массив</translation>
    </message>
    <message>
        <source>missing value separator</source>
        <translation>нет запятой между значениями</translation>
    </message>
    <message>
        <source>illegal value</source>
        <translation>недопустимое значение</translation>
    </message>
    <message>
        <source>invalid termination by number</source>
        <translation>документ обрывается на числе</translation>
    </message>
    <message>
        <source>illegal number</source>
        <translation>недопустимое число</translation>
    </message>
    <message>
        <source>invalid escape sequence</source>
        <translation>недопустимая escape-последовательность</translation>
    </message>
    <message>
        <source>invalid UTF8 string</source>
        <translation>недопустимая строка UTF-8</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>незавершённая строка</translation>
    </message>
    <message>
        <source>object is missing after a comma</source>
        <translation>после запятой нет объекта</translation>
    </message>
    <message>
        <source>too deeply nested document</source>
        <translation>слишком глубокая вложенность документа</translation>
    </message>
    <message>
        <source>too large document</source>
        <translation>слишком большой документ</translation>
    </message>
    <message>
        <source>garbage at the end of the document</source>
        <translation>лишние символы в конце документа</translation>
    </message>
</context>
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
    <message>
        <source>Page view</source>
        <translation>Просмотр страницы</translation>
    </message>
    <message>
        <source>Form submission</source>
        <translation>Отправка формы</translation>
    </message>
    <message>
        <source>Email open</source>
        <translation>Открытие письма</translation>
    </message>
    <message>
        <source>Email click</source>
        <translation>Клик в письме</translation>
    </message>
    <message>
        <source>Email reply</source>
        <translation>Ответ на письмо</translation>
    </message>
    <message>
        <source>Meeting booked</source>
        <translation>Встреча назначена</translation>
    </message>
    <message>
        <source>Webinar registration</source>
        <translation>Регистрация на вебинар</translation>
    </message>
    <message>
        <source>Webinar attended</source>
        <translation>Участие в вебинаре</translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation>Отписка</translation>
    </message>
    <message>
        <source>Bounce</source>
        <translation>Недоставка</translation>
    </message>
    <message>
        <source>Contract signed</source>
        <translation>Договор подписан</translation>
    </message>
    <message>
        <source>is</source>
        <translation>равно</translation>
    </message>
    <message>
        <source>is one of</source>
        <translation>входит в</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>содержит</translation>
    </message>
    <message>
        <source>matches the pattern</source>
        <translation>соответствует шаблону</translation>
    </message>
    <message>
        <source>is between</source>
        <translation>в диапазоне</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>пусто</translation>
    </message>
    <message>
        <source>names a role</source>
        <translation>указывает роль</translation>
    </message>
    <message>
        <source>events within a time window</source>
        <translation>события за период</translation>
    </message>
    <message>
        <source>Email domain</source>
        <translation>Домен эл. почты</translation>
    </message>
    <message>
        <source>Free-mail address</source>
        <translation>Адрес бесплатной почты</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
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
        <source>Company domain</source>
        <translation>Домен компании</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Отрасль</translation>
    </message>
    <message>
        <source>Company size (employees)</source>
        <translation>Размер компании (сотрудников)</translation>
    </message>
    <message>
        <source>Yearly revenue</source>
        <translation>Годовая выручка</translation>
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
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
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
        <source>UTM source</source>
        <translation>UTM source</translation>
    </message>
    <message>
        <source>UTM medium</source>
        <translation>UTM medium</translation>
    </message>
    <message>
        <source>UTM campaign</source>
        <translation>UTM campaign</translation>
    </message>
    <message>
        <source>Landing page</source>
        <translation>Целевая страница</translation>
    </message>
    <message>
        <source>Qualifying answer</source>
        <translation>Квалифицирующий ответ</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Бюджет</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Полномочия</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Потребность</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Сроки</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Класс</translation>
    </message>
    <message>
        <source>Days since created</source>
        <translation>Дней с создания</translation>
    </message>
    <message>
        <source>Days without activity</source>
        <translation>Дней без активности</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Соответствие</translation>
    </message>
    <message>
        <source>Intent</source>
        <translation>Намерение</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Своевременность</translation>
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
        <translation>Передать в продажи сейчас</translation>
    </message>
    <message>
        <source>Nurture with relevant content</source>
        <translation>Прогревать релевантным контентом</translation>
    </message>
    <message>
        <source>Qualify fit first</source>
        <translation>Сначала проверить соответствие</translation>
    </message>
    <message>
        <source>Drip; check again next quarter</source>
        <translation>Рассылка; проверить снова в следующем квартале</translation>
    </message>
    <message>
        <source>Recycle later or archive</source>
        <translation>Вернуть позже или в архив</translation>
    </message>
</context>
<context>
    <name>lr::Availability</name>
    <message>
        <source>available</source>
        <translation>доступен</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>неактивен</translation>
    </message>
    <message>
        <source>out of office</source>
        <translation>отсутствует</translation>
    </message>
    <message>
        <source>outside working hours</source>
        <translation>вне рабочего времени</translation>
    </message>
    <message>
        <source>at capacity (%1/%2)</source>
        <translation>загрузка максимальна (%1/%2)</translation>
    </message>
</context>
<context>
    <name>lr::Bant</name>
    <message>
        <source>Approved</source>
        <translation>Утверждён</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Запланирован</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation>Лицо, принимающее решение</translation>
    </message>
    <message>
        <source>Influencer</source>
        <translation>Влияет на решение</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Подтверждена</translation>
    </message>
    <message>
        <source>Exploring</source>
        <translation>Изучает</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Сейчас</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>В этом квартале</translation>
    </message>
    <message>
        <source>Next quarter</source>
        <translation>В следующем квартале</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Позже</translation>
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
    <name>lr::CompiledConditions</name>
    <message>
        <source>A rule needs at least one condition.</source>
        <translation>Правилу нужно хотя бы одно условие.</translation>
    </message>
    <message>
        <source>Condition %1: %2</source>
        <translation>Условие %1: %2</translation>
    </message>
    <message>
        <source>%1: %2, fewer than %3</source>
        <translation>%1: %2, меньше %3</translation>
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
        <translation>%1: пусто</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no activity since %1</source>
        <translation>нет активности с %1</translation>
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
        <translation>Неизвестный оператор &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot;.</source>
        <translation>Неизвестное поле &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;value&quot; must be text.</source>
        <translation>&quot;value&quot; должно быть текстом.</translation>
    </message>
    <message>
        <source>&quot;values&quot; must be a list.</source>
        <translation>&quot;values&quot; должно быть списком.</translation>
    </message>
    <message>
        <source>&quot;values&quot; must hold text or numbers.</source>
        <translation>&quot;values&quot; должно содержать текст или числа.</translation>
    </message>
    <message>
        <source>&quot;event&quot;, &quot;url_contains&quot; and &quot;form_type&quot; must be text.</source>
        <translation>&quot;event&quot;, &quot;url_contains&quot; и &quot;form_type&quot; должны быть текстом.</translation>
    </message>
    <message>
        <source>&quot;min&quot; and &quot;days&quot; must be numbers.</source>
        <translation>&quot;min&quot; и &quot;days&quot; должны быть числами.</translation>
    </message>
    <message>
        <source>&quot;min&quot; and &quot;max&quot; must be numbers.</source>
        <translation>&quot;min&quot; и &quot;max&quot; должны быть числами.</translation>
    </message>
    <message>
        <source>%1 is yes or no: compare it with true or false.</source>
        <translation>%1 — это «да» или «нет»: сравнивайте с true или false.</translation>
    </message>
    <message>
        <source>Enter the text to look for.</source>
        <translation>Введите искомый текст.</translation>
    </message>
    <message>
        <source>Enter at least one value.</source>
        <translation>Введите хотя бы одно значение.</translation>
    </message>
    <message>
        <source>Enter a pattern.</source>
        <translation>Введите шаблон.</translation>
    </message>
    <message>
        <source>The pattern does not compile at character %1: %2.</source>
        <translation>Шаблон не компилируется в символе %1: %2.</translation>
    </message>
    <message>
        <source>%1 is not a number, so it has no range.</source>
        <translation>%1 — не число, поэтому у него нет диапазона.</translation>
    </message>
    <message>
        <source>Enter a lower bound, an upper bound or both.</source>
        <translation>Введите нижнюю границу, верхнюю или обе.</translation>
    </message>
    <message>
        <source>The lower bound %1 is above the upper bound %2.</source>
        <translation>Нижняя граница %1 больше верхней границы %2.</translation>
    </message>
    <message>
        <source>Role words apply to the job title only.</source>
        <translation>Слова роли применяются только к должности.</translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation>Выберите хотя бы одну роль.</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;.</source>
        <translation>Неизвестная роль &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown event type &quot;%1&quot;; known types: %2.</source>
        <translation>Неизвестный тип события &quot;%1&quot;; известные типы: %2.</translation>
    </message>
    <message>
        <source>The number of events must be at least 1.</source>
        <translation>Число событий должно быть не меньше 1.</translation>
    </message>
    <message>
        <source>The time window cannot be negative.</source>
        <translation>Период не может быть отрицательным.</translation>
    </message>
    <message>
        <source>%1 is a number: enter a number.</source>
        <translation>%1 — это число: введите число.</translation>
    </message>
    <message>
        <source>Enter a value, or choose &quot;%1&quot;.</source>
        <translation>Введите значение или выберите &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A value in the list is empty.</source>
        <translation>Одно из значений в списке пустое.</translation>
    </message>
</context>
<context>
    <name>lr::ConditionSet</name>
    <message>
        <source>Conditions must be a list under &quot;all&quot; or &quot;any&quot;.</source>
        <translation>Условия должны быть списком в &quot;all&quot; или &quot;any&quot;.</translation>
    </message>
    <message>
        <source>A rule needs at least one condition.</source>
        <translation>Правилу нужно хотя бы одно условие.</translation>
    </message>
    <message>
        <source>Condition %1 is not an object.</source>
        <translation>Условие %1 не является объектом.</translation>
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
            <numerusform>%n выигранная или проигранная сделка не содержала того, что требует её этап (например, причины проигрыша), и импортирована как история; критерии выхода применяются к переходам, а не к импортированной истории.</numerusform>
            <numerusform>%n выигранные или проигранные сделки не содержали того, что требует их этап (например, причины проигрыша), и импортированы как история; критерии выхода применяются к переходам, а не к импортированной истории.</numerusform>
            <numerusform>%n выигранных или проигранных сделок не содержали того, что требует их этап (например, причины проигрыша), и импортированы как история; критерии выхода применяются к переходам, а не к импортированной истории.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open deal(s) lack what their stage asks for; the next move will ask for it.</source>
        <translation>
            <numerusform>В %n открытой сделке нет того, что требует её этап; это будет запрошено при следующем переходе.</numerusform>
            <numerusform>В %n открытых сделках нет того, что требует их этап; это будет запрошено при следующем переходе.</numerusform>
            <numerusform>В %n открытых сделках нет того, что требует их этап; это будет запрошено при следующем переходе.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n company(ies) created.</source>
        <translation>
            <numerusform>Создана %n компания.</numerusform>
            <numerusform>Создано %n компании.</numerusform>
            <numerusform>Создано %n компаний.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n owner(s) created as inactive reps; an administrator activates them.</source>
        <translation>
            <numerusform>%n ответственный создан как неактивный продавец; активирует его администратор.</numerusform>
            <numerusform>%n ответственных созданы как неактивные продавцы; активирует их администратор.</numerusform>
            <numerusform>%n ответственных созданы как неактивные продавцы; активирует их администратор.</numerusform>
        </translation>
    </message>
    <message>
        <source>The owner &quot;%1&quot; is not a valid email address.</source>
        <translation>Ответственный &quot;%1&quot; — недействительный адрес эл. почты.</translation>
    </message>
    <message>
        <source>Unknown stage &quot;%1&quot;. Stages: %2. Map it with --stage-map &quot;%1=STAGE&quot;.</source>
        <translation>Неизвестный этап &quot;%1&quot;. Этапы: %2. Сопоставьте его с помощью --stage-map &quot;%1=STAGE&quot;.</translation>
    </message>
    <message>
        <source>The pipeline %1 has no stages.</source>
        <translation>В воронке %1 нет этапов.</translation>
    </message>
    <message>
        <source>%1 deal</source>
        <translation>Сделка %1</translation>
    </message>
    <message>
        <source>Deal %1</source>
        <translation>Сделка %1</translation>
    </message>
    <message>
        <source>The row has no deal name, company or id.</source>
        <translation>В строке нет названия сделки, компании или ID.</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is not a date; write YYYY-MM-DD or M/D/YYYY.</source>
        <translation>%1 &quot;%2&quot; — не дата; укажите ГГГГ-ММ-ДД или М/Д/ГГГГ.</translation>
    </message>
    <message>
        <source>engage date</source>
        <translation>дата начала работы</translation>
    </message>
    <message>
        <source>close date</source>
        <translation>дата закрытия</translation>
    </message>
    <message>
        <source>expected close date</source>
        <translation>ожидаемая дата закрытия</translation>
    </message>
    <message>
        <source>The deal closes (%1) before it was engaged (%2).</source>
        <translation>Сделка закрывается (%1) раньше начала работы (%2).</translation>
    </message>
    <message>
        <source>The engage date %1 lies in the future.</source>
        <translation>Дата начала работы %1 в будущем.</translation>
    </message>
    <message>
        <source>The store has no pipeline to import deals into.</source>
        <translation>В хранилище нет воронки для импорта сделок.</translation>
    </message>
    <message>
        <source>There is no pipeline %1.</source>
        <translation>Воронки %1 нет.</translation>
    </message>
    <message>
        <source>--stage-map &quot;%1=%2&quot;: the pipeline %3 has no stage &quot;%2&quot;. Stages: %4.</source>
        <translation>--stage-map &quot;%1=%2&quot;: в воронке %3 нет этапа &quot;%2&quot;. Этапы: %4.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Не удаётся открыть %1: %2</translation>
    </message>
    <message>
        <source>The open deal&apos;s expected close date %1 lies %2 in the past; give it a date it can still close on, or a won or lost stage.</source>
        <translation>Ожидаемая дата закрытия открытой сделки %1 %2 в прошлом; укажите дату, к которой её ещё можно закрыть, или выигрышный либо проигрышный этап.</translation>
    </message>
</context>
<context>
    <name>lr::CsvLeadImporter</name>
    <message>
        <source>No email column found.</source>
        <translation>Не найден столбец с адресом электронной почты.</translation>
    </message>
    <message>
        <source>The line holds one value where the header has %1 columns: a note or footer, not a lead.</source>
        <translation>В строке только одно значение, тогда как число столбцов в заголовке — %1: это примечание или нижний колонтитул, а не лид.</translation>
    </message>
    <message>
        <source>The line holds %1 values where the header has %2 columns: a separator inside an unquoted value may have moved the values after it into the wrong columns.</source>
        <translation>В строке значений: %1, а в заголовке столбцов: %2. Разделитель внутри значения без кавычек мог сдвинуть следующие значения не в те столбцы.</translation>
    </message>
</context>
<context>
    <name>lr::CsvPreview</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Не удаётся открыть %1: %2</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>Точка с запятой</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Табуляция</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>Запятая</translation>
    </message>
</context>
<context>
    <name>lr::CsvReader</name>
    <message>
        <source>A quoted field that starts on line %1 is never closed.</source>
        <translation>Поле в кавычках, начинающееся в строке %1, не закрыто.</translation>
    </message>
    <message>
        <source>This is an Excel or OpenDocument workbook, not a CSV file. Open it in your spreadsheet, save it as &quot;CSV UTF-8&quot; and import that file.</source>
        <translation>Это книга Excel или OpenDocument, а не файл CSV. Откройте её в табличном редакторе, сохраните как «CSV UTF-8» и импортируйте этот файл.</translation>
    </message>
    <message>
        <source>This is a ZIP archive, not a CSV file. Unpack it and import the CSV file inside.</source>
        <translation>Это архив ZIP, а не файл CSV. Распакуйте его и импортируйте файл CSV, который в нём лежит.</translation>
    </message>
    <message>
        <source>This is an Excel 97-2003 workbook (.xls), not a CSV file. Open it in your spreadsheet, save it as &quot;CSV UTF-8&quot; and import that file.</source>
        <translation>Это книга Excel 97-2003 (.xls), а не файл CSV. Откройте её в табличном редакторе, сохраните как «CSV UTF-8» и импортируйте этот файл.</translation>
    </message>
    <message>
        <source>This is a PDF document, not a CSV file. Export the list as CSV from where it came and import that file.</source>
        <translation>Это документ PDF, а не файл CSV. Выгрузите список в CSV там, откуда он взят, и импортируйте этот файл.</translation>
    </message>
    <message>
        <source>The file holds binary data, not text: it is not a CSV file.</source>
        <translation>Файл содержит двоичные данные, а не текст: это не файл CSV.</translation>
    </message>
    <message>
        <source>The file is empty: it has no header row.</source>
        <translation>Файл пуст: в нём нет строки заголовков.</translation>
    </message>
</context>
<context>
    <name>lr::CurrencyService</name>
    <message>
        <source>The home currency &quot;%1&quot; is not a currency code: use three capital letters, like EUR.</source>
        <translation>Основная валюта «%1» — не код валюты: используйте три заглавные буквы, например EUR.</translation>
    </message>
    <message>
        <source>The home currency %1 is worth exactly 1 of itself.</source>
        <translation>Основная валюта %1 стоит ровно 1 самой себя.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code: use three capital letters, like PLN.</source>
        <translation>«%1» — не код валюты: используйте три заглавные буквы, например PLN.</translation>
    </message>
    <message>
        <source>The rate of %1 must be a number above 0, like 4.3 (units of %1 for one %2).</source>
        <translation>Курс %1 должен быть числом больше 0, например 4,3 (единиц %1 за один %2).</translation>
    </message>
    <message>
        <source>%1 has no rate yet: give it one before making it the home currency.</source>
        <translation>У %1 ещё нет курса: задайте его, прежде чем делать её основной валютой.</translation>
    </message>
    <message>
        <source>Only an admin may change the home currency and the exchange rates.</source>
        <translation>Только администратор может менять основную валюту и курсы валют.</translation>
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
    <message>
        <source>Database error: %1</source>
        <translation>Ошибка базы данных: %1</translation>
    </message>
    <message>
        <source>the connection is not open</source>
        <translation>соединение не открыто</translation>
    </message>
</context>
<context>
    <name>lr::DayPhrases</name>
    <message numerus="yes">
        <source>within %n day(s)</source>
        <translation>
            <numerusform>за %n день</numerusform>
            <numerusform>за %n дня</numerusform>
            <numerusform>за %n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>через %n день</numerusform>
            <numerusform>через %n дня</numerusform>
            <numerusform>через %n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>for %n day(s)</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>for over %n day(s)</source>
        <translation>
            <numerusform>более %n дня</numerusform>
            <numerusform>более %n дней</numerusform>
            <numerusform>более %n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>more than %n day(s)</source>
        <translation>
            <numerusform>более чем на %n день</numerusform>
            <numerusform>более чем на %n дня</numerusform>
            <numerusform>более чем на %n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>last %n day(s)</source>
        <translation>
            <numerusform>последний %n день</numerusform>
            <numerusform>последние %n дня</numerusform>
            <numerusform>последние %n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in the last %n day(s)</source>
        <translation>
            <numerusform>за последний %n день</numerusform>
            <numerusform>за последние %n дня</numerusform>
            <numerusform>за последние %n дней</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lr::DealAutomation</name>
    <message>
        <source>An email to &quot;%1&quot; bounced: check the contact&apos;s address</source>
        <translation>Письмо на &quot;%1&quot; не доставлено: проверьте адрес контакта</translation>
    </message>
    <message>
        <source>Move &quot;%1&quot; to %2: it needs %3</source>
        <translation>Переместить &quot;%1&quot; в %2: требуется %3</translation>
    </message>
</context>
<context>
    <name>lr::DealFieldMap</name>
    <message>
        <source>&quot;%1&quot; is not a deal field. Known fields: %2.</source>
        <translation>&quot;%1&quot; — не поле сделки. Известные поля: %2.</translation>
    </message>
    <message>
        <source>No deal name, company or id column found. Columns: %1. Map one with --map &quot;Header=title&quot;.</source>
        <translation>Не найден столбец с названием сделки, компанией или ID. Столбцы: %1. Сопоставьте один с помощью --map &quot;Header=title&quot;.</translation>
    </message>
</context>
<context>
    <name>lr::DealFields</name>
    <message>
        <source>Value</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Expected close date</source>
        <translation>Ожидаемая дата закрытия</translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation>Лицо, принимающее решение</translation>
    </message>
    <message>
        <source>VAT / company ID</source>
        <translation>ИНН / ID компании</translation>
    </message>
    <message>
        <source>Billing email</source>
        <translation>Эл. почта для счетов</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>Причина проигрыша</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Следующий шаг</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>The value &quot;%1&quot; is not a number; write it like 12500 or 12500.50.</source>
        <translation>Сумма &quot;%1&quot; — не число; укажите её как 12500 или 12500.50.</translation>
    </message>
    <message>
        <source>A deal&apos;s value cannot be negative (%1).</source>
        <translation>Сумма сделки не может быть отрицательной (%1).</translation>
    </message>
    <message>
        <source>The value %1 is too large.</source>
        <translation>Сумма %1 слишком велика.</translation>
    </message>
    <message>
        <source>A currency is a three-letter code such as EUR, not &quot;%1&quot;.</source>
        <translation>Валюта — это трёхбуквенный код, например EUR, а не &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The expected close date &quot;%1&quot; is not a date; write YYYY-MM-DD.</source>
        <translation>Ожидаемая дата закрытия &quot;%1&quot; — не дата; укажите ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <source>The billing email &quot;%1&quot; is not a valid address.</source>
        <translation>Эл. почта для счетов &quot;%1&quot; — недействительный адрес.</translation>
    </message>
    <message>
        <source>The lost reason &quot;%1&quot; is not on the list: %2.</source>
        <translation>Причины проигрыша &quot;%1&quot; нет в списке: %2.</translation>
    </message>
    <message>
        <source>A deal needs a title.</source>
        <translation>У сделки должно быть название.</translation>
    </message>
    <message>
        <source>Unknown deal field &quot;%1&quot;; known fields: %2.</source>
        <translation>Неизвестное поле сделки &quot;%1&quot;; известные поля: %2.</translation>
    </message>
    <message>
        <source>The expected close date %1 lies %2 in the past; an open deal needs a date it can still close on.</source>
        <translation>Ожидаемая дата закрытия %1 %2 в прошлом; открытой сделке нужна дата, к которой её ещё можно закрыть.</translation>
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
    <name>lr::DealService</name>
    <message>
        <source>There is no pipeline %1.</source>
        <translation>Воронки %1 нет.</translation>
    </message>
    <message>
        <source>There is no stage &quot;%1&quot; in the pipeline %2. Stages: %3.</source>
        <translation>В воронке %2 нет этапа &quot;%1&quot;. Этапы: %3.</translation>
    </message>
    <message>
        <source>Deal %1 is not one of the deals you may move.</source>
        <translation>Сделка %1 не входит в сделки, которые вы можете перемещать.</translation>
    </message>
    <message>
        <source>There is no deal %1.</source>
        <translation>Сделки %1 нет.</translation>
    </message>
    <message>
        <source>There is no stage %1.</source>
        <translation>Этапа %1 нет.</translation>
    </message>
    <message>
        <source>The stage %1 belongs to another pipeline than deal %2.</source>
        <translation>Этап %1 относится к другой воронке, чем сделка %2.</translation>
    </message>
    <message>
        <source>Deal %1 is Closed Won; it cannot move back to %2. Open a new deal for further business.</source>
        <translation>Сделка %1 успешно закрыта; вернуть её в %2 нельзя. Для дальнейшей работы откройте новую сделку.</translation>
    </message>
    <message>
        <source>Unknown deal field &quot;%1&quot;; known fields: %2.</source>
        <translation>Неизвестное поле сделки &quot;%1&quot;; известные поля: %2.</translation>
    </message>
    <message>
        <source>Deal %1 cannot enter %2 yet; it needs: %3.</source>
        <translation>Сделка %1 пока не может перейти в %2; требуется: %3.</translation>
    </message>
    <message>
        <source>Deal %1 is already in %2.</source>
        <translation>Сделка %1 уже в %2.</translation>
    </message>
    <message>
        <source>Deal %1 moved to %2.</source>
        <translation>Сделка %1 перемещена в %2.</translation>
    </message>
    <message>
        <source>Deal %1 is not one of the deals you may change.</source>
        <translation>Сделка %1 не входит в сделки, которые вы можете изменять.</translation>
    </message>
    <message>
        <source>%1 of a deal in %2 cannot be changed any more.</source>
        <translation>%1 сделки на этапе %2 больше изменить нельзя.</translation>
    </message>
    <message>
        <source>%1 is required while the deal is in %2.</source>
        <translation>%1 обязательно, пока сделка на этапе %2.</translation>
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
    <name>lr::DemoDealFactory</name>
    <message>
        <source>Kick-off and hand-off – %1</source>
        <translation>Стартовая встреча и передача – %1</translation>
    </message>
</context>
<context>
    <name>lr::DemoLeadHistory</name>
    <message>
        <source>Call #%1 – %2</source>
        <translation>Звонок № %1 – %2</translation>
    </message>
    <message>
        <source>Book discovery call with %1</source>
        <translation>Назначить ознакомительный звонок: %1</translation>
    </message>
    <message>
        <source>Prepare discovery call with %1</source>
        <translation>Подготовить ознакомительный звонок: %1</translation>
    </message>
    <message>
        <source>Send proposal to %1</source>
        <translation>Отправить предложение: %1</translation>
    </message>
    <message>
        <source>Check in with %1 – nurture</source>
        <translation>Напомнить о себе: %1 – прогрев</translation>
    </message>
    <message>
        <source>No reply – stays in nurture</source>
        <translation>Нет ответа – остаётся в прогреве</translation>
    </message>
    <message>
        <source>done</source>
        <translation>выполнено</translation>
    </message>
</context>
<context>
    <name>lr::DemoSalesOrg</name>
    <message>
        <source>No team covers %1 → fallback owner</source>
        <translation>Ни одна команда не покрывает %1 → резервный владелец</translation>
    </message>
    <message>
        <source>Enterprise segment (%1 employees) → enterprise AE</source>
        <translation>Сегмент enterprise (%1 сотрудников) → менеджер по крупным клиентам</translation>
    </message>
    <message>
        <source>Territory %1 → round robin</source>
        <translation>Территория %1 → по кругу</translation>
    </message>
    <message>
        <source>Territory %1</source>
        <translation>Территория %1</translation>
    </message>
    <message>
        <source>(skipped %1: out of office)</source>
        <translation>(пропущены: %1 – нет на месте)</translation>
    </message>
    <message>
        <source>No rep covers %1 → team manager (fallback)</source>
        <translation>Ни один менеджер не покрывает %1 → руководитель команды (резерв)</translation>
    </message>
    <message>
        <source>%1 out of office → team manager (fallback)</source>
        <translation>%1 вне офиса → руководитель команды (резерв)</translation>
    </message>
</context>
<context>
    <name>lr::DemoText</name>
    <message>
        <source>Company size: %1</source>
        <translation>Размер компании: %1</translation>
    </message>
    <message>
        <source>Budget: under 5,000 per year</source>
        <translation>Бюджет: до 5 000 в год</translation>
    </message>
    <message>
        <source>Budget: 5,000–20,000 per year</source>
        <translation>Бюджет: 5 000–20 000 в год</translation>
    </message>
    <message>
        <source>Budget: over 20,000 per year</source>
        <translation>Бюджет: более 20 000 в год</translation>
    </message>
    <message>
        <source>Budget: not decided yet</source>
        <translation>Бюджет: ещё не определён</translation>
    </message>
    <message>
        <source>Use case: answer inbound leads within 5 minutes</source>
        <translation>Задача: отвечать на входящие лиды в течение 5 минут</translation>
    </message>
    <message>
        <source>Use case: replace our spreadsheet pipeline</source>
        <translation>Задача: заменить воронку в таблицах</translation>
    </message>
    <message>
        <source>Use case: route leads across countries and languages</source>
        <translation>Задача: распределять лиды по странам и языкам</translation>
    </message>
    <message>
        <source>Use case: measure speed-to-lead per rep</source>
        <translation>Задача: измерять скорость реакции каждого менеджера</translation>
    </message>
    <message>
        <source>Use case: stop losing leads after trade shows</source>
        <translation>Задача: перестать терять лиды после выставок</translation>
    </message>
    <message>
        <source>Lost to competitor (HubSpot)</source>
        <translation>Проиграли конкуренту (HubSpot)</translation>
    </message>
    <message>
        <source>Lost to competitor (Pipedrive)</source>
        <translation>Проиграли конкуренту (Pipedrive)</translation>
    </message>
    <message>
        <source>No budget this year</source>
        <translation>Нет бюджета в этом году</translation>
    </message>
    <message>
        <source>Timing – revisit next quarter</source>
        <translation>Не сейчас – вернуться в следующем квартале</translation>
    </message>
    <message>
        <source>No decision – went dark</source>
        <translation>Нет решения – пропали</translation>
    </message>
    <message>
        <source>Chose to build in-house</source>
        <translation>Решили разработать сами</translation>
    </message>
    <message>
        <source>Price too high</source>
        <translation>Слишком высокая цена</translation>
    </message>
    <message>
        <source>E-mail bounced (hard bounce)</source>
        <translation>Письмо не доставлено (hard bounce)</translation>
    </message>
    <message>
        <source>Call to qualify</source>
        <translation>Позвонить для квалификации</translation>
    </message>
    <message>
        <source>Second call attempt</source>
        <translation>Вторая попытка звонка</translation>
    </message>
    <message>
        <source>Book the discovery call</source>
        <translation>Назначить вводный звонок</translation>
    </message>
    <message>
        <source>Run the discovery call</source>
        <translation>Провести вводный звонок</translation>
    </message>
    <message>
        <source>Follow up on the proposal</source>
        <translation>Уточнить по коммерческому предложению</translation>
    </message>
    <message>
        <source>Agree on terms and sign</source>
        <translation>Согласовать условия и подписать</translation>
    </message>
    <message>
        <source>Proposal sent to %1</source>
        <translation>Предложение отправлено: %1</translation>
    </message>
    <message>
        <source>Contract signed</source>
        <translation>Договор подписан</translation>
    </message>
    <message>
        <source>First call attempt – no answer</source>
        <translation>Первая попытка звонка – не ответили</translation>
    </message>
    <message>
        <source>First call attempt – left a voicemail</source>
        <translation>Первая попытка звонка – оставлено голосовое сообщение</translation>
    </message>
    <message>
        <source>Intro e-mail with two time slots for a 15-minute call</source>
        <translation>Вводное письмо с двумя вариантами времени для 15-минутного звонка</translation>
    </message>
    <message>
        <source>Reached %1. %2</source>
        <translation>Дозвонились: %1. %2</translation>
    </message>
    <message>
        <source>Wants to see a demo.</source>
        <translation>Хочет посмотреть демо.</translation>
    </message>
    <message>
        <source>Discovery call – %1</source>
        <translation>Вводный звонок – %1</translation>
    </message>
    <message>
        <source>Discovery call: need confirmed, budget owner identified, timeline this quarter</source>
        <translation>Вводный звонок: потребность подтверждена, владелец бюджета известен, сроки – этот квартал</translation>
    </message>
    <message>
        <source>Sent the case study; timing is not now – nurture and check again next quarter</source>
        <translation>Отправили кейс; сейчас не время – прогревать и проверить в следующем квартале</translation>
    </message>
    <message>
        <source>No budget</source>
        <translation>Нет бюджета</translation>
    </message>
    <message>
        <source>Wrong fit: company too small</source>
        <translation>Не подходит: компания слишком мала</translation>
    </message>
    <message>
        <source>Competitor doing research</source>
        <translation>Конкурент собирает информацию</translation>
    </message>
    <message>
        <source>No reply after 5 touches in 14 days</source>
        <translation>Нет ответа после 5 касаний за 14 дней</translation>
    </message>
    <message>
        <source>Looking for a job, not a product</source>
        <translation>Ищет работу, а не продукт</translation>
    </message>
    <message>
        <source>Disqualified: %1</source>
        <translation>Дисквалифицирован: %1</translation>
    </message>
    <message>
        <source>student / intern – no buying authority</source>
        <translation>студент / стажёр – нет полномочий на покупку</translation>
    </message>
    <message>
        <source>Converted to a deal</source>
        <translation>Преобразован в сделку</translation>
    </message>
    <message>
        <source>Reached %1 – wants a demo next week</source>
        <translation>Дозвонились: %1 – хочет демо на следующей неделе</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Отпуск</translation>
    </message>
    <message>
        <source>Sick leave</source>
        <translation>Больничный</translation>
    </message>
    <message>
        <source>Vacation</source>
        <translation>Ежегодный отпуск</translation>
    </message>
</context>
<context>
    <name>lr::DuplicateFinder</name>
    <message>
        <source>Only managers and admins can review and merge duplicates.</source>
        <translation>Просматривать и объединять дубликаты могут только руководители и администраторы.</translation>
    </message>
    <message>
        <source>Same phone %1</source>
        <translation>Одинаковый телефон %1</translation>
    </message>
    <message>
        <source>different names</source>
        <translation>разные имена</translation>
    </message>
    <message>
        <source>Same company %1</source>
        <translation>Одинаковая компания %1</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>одинаковое имя</translation>
    </message>
    <message>
        <source>similar names %1 / %2 (%3 %)</source>
        <translation>похожие имена %1 / %2 (%3 %)</translation>
    </message>
    <message>
        <source>similar addresses %1 / %2</source>
        <translation>похожие адреса %1 / %2</translation>
    </message>
    <message>
        <source>One of the two leads no longer exists or is not visible to you.</source>
        <translation>Одного из двух лидов больше нет или он вам не виден.</translation>
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
    <message>
        <source>%1 is on the blocked address list.</source>
        <translation>%1 в списке заблокированных адресов.</translation>
    </message>
    <message>
        <source>The cell held %1 addresses; the first, %2, was kept.</source>
        <translation>В ячейке было несколько адресов (%1); сохранён первый — %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more than one @ sign.</source>
        <translation>В «%1» больше одного знака @.</translation>
    </message>
    <message>
        <source>%1 is a no-reply address: nobody reads what is sent to it.</source>
        <translation>%1 — адрес no-reply: присланное на него никто не читает.</translation>
    </message>
</context>
<context>
    <name>lr::EnrichmentPass</name>
    <message numerus="yes">
        <source>Stopped after %n failed lookup(s) in a row; the last one: %1</source>
        <translation>
            <numerusform>Остановлено после %n неудачного запроса подряд; последний: %1</numerusform>
            <numerusform>Остановлено после %n неудачных запросов подряд; последний: %1</numerusform>
            <numerusform>Остановлено после %n неудачных запросов подряд; последний: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lr::EnrichmentRepository</name>
    <message>
        <source>Enrichment cannot fill the company field &quot;%1&quot;.</source>
        <translation>Обогащение не может заполнить поле компании &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Enrichment cannot fill the lead field &quot;%1&quot;.</source>
        <translation>Обогащение не может заполнить поле лида &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>lr::EnrichmentService</name>
    <message>
        <source>Only an administrator can manage enrichment.</source>
        <translation>Управлять обогащением может только администратор.</translation>
    </message>
    <message>
        <source>Choose a CSV file to import.</source>
        <translation>Выберите CSV-файл для импорта.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
</context>
<context>
    <name>lr::EventIntake</name>
    <message>
        <source>The event has no &quot;type&quot;; known types: %1.</source>
        <translation>У события нет &quot;type&quot;; известные типы: %1.</translation>
    </message>
    <message>
        <source>Unknown event type &quot;%1&quot;; known types: %2.</source>
        <translation>Неизвестный тип события &quot;%1&quot;; известные типы: %2.</translation>
    </message>
    <message>
        <source>&quot;lead_id&quot; must be a positive number.</source>
        <translation>&quot;lead_id&quot; должен быть положительным числом.</translation>
    </message>
    <message>
        <source>&quot;email&quot; must be text.</source>
        <translation>&quot;email&quot; должен быть текстом.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation>&quot;%1&quot; — не адрес эл. почты.</translation>
    </message>
    <message>
        <source>The event names nobody: give &quot;email&quot; or &quot;lead_id&quot;.</source>
        <translation>Событие ни к кому не относится: укажите &quot;email&quot; или &quot;lead_id&quot;.</translation>
    </message>
    <message>
        <source>The time %1 is not a date.</source>
        <translation>Время %1 — не дата.</translation>
    </message>
    <message>
        <source>The time &quot;%1&quot; is not a date.</source>
        <translation>Время &quot;%1&quot; — не дата.</translation>
    </message>
    <message>
        <source>&quot;at&quot; must be a date text or epoch milliseconds.</source>
        <translation>&quot;at&quot; должно быть датой в виде текста или миллисекундами эпохи.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be text.</source>
        <translation>&quot;%1&quot; должно быть текстом.</translation>
    </message>
    <message>
        <source>The event could not be stored: %1</source>
        <translation>Не удалось сохранить событие: %1</translation>
    </message>
    <message>
        <source>The event is not valid JSON: %1</source>
        <translation>Событие — недопустимый JSON: %1</translation>
    </message>
    <message>
        <source>The event must be a JSON object.</source>
        <translation>Событие должно быть объектом JSON.</translation>
    </message>
    <message>
        <source>There is no lead %1.</source>
        <translation>Лида %1 нет.</translation>
    </message>
    <message>
        <source>No lead has the address %1 yet; the event is kept for when they appear.</source>
        <translation>Лида с адресом %1 пока нет; событие сохранено до его появления.</translation>
    </message>
</context>
<context>
    <name>lr::FirmographicsImporter</name>
    <message>
        <source>No domain column found (expected a header such as Domain, Website or URL).</source>
        <translation>Столбец домена не найден (ожидается заголовок вроде Domain, Website или URL).</translation>
    </message>
    <message>
        <source>Only a domain column was found; expected at least one of Company, Employees, Industry, Revenue, Country or LinkedIn.</source>
        <translation>Найден только столбец домена; ожидается хотя бы один из Company, Employees, Industry, Revenue, Country или LinkedIn.</translation>
    </message>
    <message>
        <source>The import stopped at row %1 (rows before %2 are stored): %3</source>
        <translation>Импорт остановлен на строке %1 (строки до %2 сохранены): %3</translation>
    </message>
    <message>
        <source>The import failed at its end (rows before %1 are stored): %2</source>
        <translation>Импорт завершился ошибкой в конце (строки до %1 сохранены): %2</translation>
    </message>
</context>
<context>
    <name>lr::FirmographicsParser</name>
    <message>
        <source>The domain is empty.</source>
        <translation>Домен пуст.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web domain (expected something like acme.com).</source>
        <translation>&quot;%1&quot; — не веб-домен (ожидается что-то вроде acme.com).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of employees (expected 250, 1.2k or 51-200).</source>
        <translation>&quot;%1&quot; — не число сотрудников (ожидается 250, 1.2k или 51-200).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount of revenue (expected 2500000, 2.5M or $750k).</source>
        <translation>&quot;%1&quot; — не сумма выручки (ожидается 2500000, 2.5M или $750k).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a country (expected a name or a code such as DE).</source>
        <translation>&quot;%1&quot; — не страна (ожидается название или код, например DE).</translation>
    </message>
</context>
<context>
    <name>lr::FirmographicsRepository</name>
    <message>
        <source>A firmographics row needs a domain.</source>
        <translation>Строке фирмографики нужен домен.</translation>
    </message>
</context>
<context>
    <name>lr::HttpJsonProvider</name>
    <message>
        <source>The enrichment service sent malformed JSON for %1: %2</source>
        <translation>Сервис обогащения прислал некорректный JSON для %1: %2</translation>
    </message>
    <message>
        <source>The enrichment service sent JSON for %1 that is not an object.</source>
        <translation>Сервис обогащения прислал для %1 JSON, который не является объектом.</translation>
    </message>
    <message>
        <source>The enrichment service did not answer within %1 ms</source>
        <translation>Сервис обогащения не ответил за %1 мс</translation>
    </message>
    <message>
        <source>The enrichment service could not be reached (%1)</source>
        <translation>Сервис обогащения недоступен (%1)</translation>
    </message>
    <message>
        <source>The enrichment service answered HTTP %1</source>
        <translation>Сервис обогащения ответил HTTP %1</translation>
    </message>
    <message>
        <source>%1 for %2 (%3).</source>
        <translation>%1 для %2 (%3).</translation>
    </message>
    <message numerus="yes">
        <source>%1 for %2 after %n attempt(s).</source>
        <translation>
            <numerusform>%1 для %2 после %n попытки.</numerusform>
            <numerusform>%1 для %2 после %n попыток.</numerusform>
            <numerusform>%1 для %2 после %n попыток.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lr::HttpProviderSettings</name>
    <message>
        <source>The HTTP provider has no URL template.</source>
        <translation>У HTTP-провайдера нет шаблона URL.</translation>
    </message>
    <message>
        <source>The URL template must contain {domain}, e.g. https://api.example.com/companies?domain={domain}.</source>
        <translation>Шаблон URL должен содержать {domain}, например https://api.example.com/companies?domain={domain}.</translation>
    </message>
    <message>
        <source>The URL template &quot;%1&quot; is not an http:// or https:// address.</source>
        <translation>Шаблон URL &quot;%1&quot; — не адрес http:// или https://.</translation>
    </message>
    <message>
        <source>The timeout must be between %1 and %2 ms.</source>
        <translation>Тайм-аут должен быть от %1 до %2 мс.</translation>
    </message>
    <message>
        <source>The number of retries must be between 0 and %1.</source>
        <translation>Число повторов должно быть от 0 до %1.</translation>
    </message>
</context>
<context>
    <name>lr::HygieneList</name>
    <message>
        <source>Disposable domains</source>
        <translation>Одноразовые домены</translation>
    </message>
    <message>
        <source>Free-mail domains</source>
        <translation>Домены бесплатной почты</translation>
    </message>
    <message>
        <source>Allowed company domains</source>
        <translation>Разрешённые домены компаний</translation>
    </message>
    <message>
        <source>Blocked addresses</source>
        <translation>Заблокированные адреса</translation>
    </message>
</context>
<context>
    <name>lr::HygieneListRepository</name>
    <message>
        <source>%1 is already on the list &quot;%2&quot;.</source>
        <translation>%1 уже в списке &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The list entry %1 does not exist (any more).</source>
        <translation>Записи списка %1 нет (больше нет).</translation>
    </message>
</context>
<context>
    <name>lr::HygieneListService</name>
    <message>
        <source>Enter a domain, for example firma.de.</source>
        <translation>Введите домен, например firma.de.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a domain name. Enter just the domain, like firma.de or bücher.de (no @, no http://, no spaces).</source>
        <translation>&quot;%1&quot; — не доменное имя. Введите только домен, например firma.de или bücher.de (без @, без http://, без пробелов).</translation>
    </message>
    <message>
        <source>Enter an email address, for example bot@firma.de.</source>
        <translation>Введите адрес эл. почты, например bot@firma.de.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address: %2</source>
        <translation>&quot;%1&quot; — не адрес эл. почты: %2</translation>
    </message>
    <message>
        <source>%1 is on the list &quot;%2&quot;. Remove it there first.</source>
        <translation>%1 есть в списке &quot;%2&quot;. Сначала удалите его оттуда.</translation>
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
        <source>Saved, but not processed yet (%1); it will be processed on the next start.</source>
        <translation>Сохранено, но ещё не обработано (%1); будет обработано при следующем запуске.</translation>
    </message>
    <message>
        <source>The country &quot;%1&quot; is not known; it was left empty.</source>
        <translation>Страна «%1» неизвестна; поле оставлено пустым.</translation>
    </message>
    <message>
        <source>The language &quot;%1&quot; is not known; it was left empty.</source>
        <translation>Язык «%1» неизвестен; поле оставлено пустым.</translation>
    </message>
    <message>
        <source>The submission time &quot;%1&quot; is not a date; the time it arrived was used.</source>
        <translation>Время отправки «%1» — не дата; использовано время поступления заявки.</translation>
    </message>
    <message>
        <source>The submission time &quot;%1&quot; is in the future; the time it arrived was used.</source>
        <translation>Время отправки «%1» в будущем; использовано время поступления заявки.</translation>
    </message>
</context>
<context>
    <name>lr::IntakeSettings</name>
    <message>
        <source>&quot;%1&quot; is not an IP address. Use 127.0.0.1 for this computer only, or 0.0.0.0 for every network.</source>
        <translation>&quot;%1&quot; — не IP-адрес. Используйте 127.0.0.1 только для этого компьютера или 0.0.0.0 для всех сетей.</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535 (or 0 for any free port).</source>
        <translation>Порт должен быть от 1 до 65535 (или 0 для любого свободного порта).</translation>
    </message>
    <message>
        <source>Set a bearer token before listening on %1: other computers can reach it.</source>
        <translation>Задайте bearer-токен перед прослушиванием %1: другие компьютеры могут к нему подключиться.</translation>
    </message>
    <message>
        <source>The token may only contain visible ASCII characters, no spaces.</source>
        <translation>Токен может содержать только видимые символы ASCII, без пробелов.</translation>
    </message>
</context>
<context>
    <name>lr::KpiBands</name>
    <message>
        <source>target &lt; 5 min</source>
        <translation>цель &lt; 5 мин</translation>
    </message>
    <message>
        <source>target ≥ 80 %</source>
        <translation>цель ≥ 80 %</translation>
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
        <translation>цель &gt; 80 %</translation>
    </message>
    <message>
        <source>typical 20–30 %</source>
        <translation>обычно 20–30 %</translation>
    </message>
    <message>
        <source>target &lt; 2 %</source>
        <translation>цель &lt; 2 %</translation>
    </message>
    <message>
        <source>target 0</source>
        <translation>цель 0</translation>
    </message>
    <message>
        <source>trend to 0</source>
        <translation>стремится к 0</translation>
    </message>
    <message>
        <source>benchmark 30–50 %</source>
        <translation>ориентир 30–50 %</translation>
    </message>
    <message>
        <source>Speed-to-lead (median)</source>
        <translation>Скорость реакции на лид (медиана)</translation>
    </message>
    <message>
        <source>Touched within 5 min</source>
        <translation>Обработаны за 5 мин</translation>
    </message>
    <message>
        <source>MQL → SQL</source>
        <translation>MQL → SQL</translation>
    </message>
    <message>
        <source>SQL → Opportunity</source>
        <translation>SQL → возможность</translation>
    </message>
    <message>
        <source>Lead → meeting</source>
        <translation>Лид → встреча</translation>
    </message>
    <message>
        <source>Meeting hold rate</source>
        <translation>Доля состоявшихся встреч</translation>
    </message>
    <message>
        <source>No-show rate</source>
        <translation>Доля неявок</translation>
    </message>
    <message>
        <source>Duplicate rate</source>
        <translation>Доля дубликатов</translation>
    </message>
    <message>
        <source>Left in New (last day)</source>
        <translation>Остались в «Новый» (последний день)</translation>
    </message>
    <message>
        <source>SLA reassignments</source>
        <translation>Переназначения по SLA</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Доля выигранных</translation>
    </message>
    <message>
        <source>Won value</source>
        <translation>Сумма выигранных</translation>
    </message>
    <message>
        <source>Average deal</source>
        <translation>Средняя сделка</translation>
    </message>
    <message>
        <source>Sales cycle (median)</source>
        <translation>Цикл продаж (медиана)</translation>
    </message>
    <message>
        <source>Forecast accuracy</source>
        <translation>Точность прогноза</translation>
    </message>
    <message>
        <source>Marketing-sourced revenue</source>
        <translation>Выручка из маркетинга</translation>
    </message>
</context>
<context>
    <name>lr::LeadDispatcher</name>
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
        <source>Lead %1 does not exist.</source>
        <translation>Лида %1 не существует.</translation>
    </message>
    <message>
        <source>entered by hand by the owner</source>
        <translation>введён вручную ответственным</translation>
    </message>
    <message>
        <source>kept %1 (owner of an open deal at the company)</source>
        <translation>оставлен %1 (ответственный за открытую сделку в компании)</translation>
    </message>
    <message>
        <source>User %1 does not exist.</source>
        <translation>Пользователя %1 не существует.</translation>
    </message>
    <message>
        <source>reassigned to %1</source>
        <translation>переназначен на %1</translation>
    </message>
    <message>
        <source>Call %1 – %2</source>
        <translation>Позвонить %1 – %2</translation>
    </message>
    <message>
        <source>%1 – due in %2</source>
        <translation>%1 – срок через %2</translation>
    </message>
    <message>
        <source>%1 is yours now (%2).</source>
        <translation>%1 теперь ваш (%2).</translation>
    </message>
    <message>
        <source>Named account: %1</source>
        <translation>Ключевой клиент: %1</translation>
    </message>
    <message>
        <source>Lead %1 does not exist or is not yours.</source>
        <translation>Лида %1 не существует или он не ваш.</translation>
    </message>
    <message>
        <source>Say why the lead is disqualified.</source>
        <translation>Укажите, почему лид дисквалифицирован.</translation>
    </message>
    <message>
        <source>disqualified: %1</source>
        <translation>дисквалифицирован: %1</translation>
    </message>
    <message>
        <source>Task %1 is not open or not yours.</source>
        <translation>Задача %1 не открыта или не ваша.</translation>
    </message>
    <message>
        <source>Only managers and admins can reassign leads.</source>
        <translation>Переназначать лиды могут только руководители и администраторы.</translation>
    </message>
    <message>
        <source>The new owner must be an active user.</source>
        <translation>Новый ответственный должен быть активным пользователем.</translation>
    </message>
    <message>
        <source>A manager can only hand leads to their own team.</source>
        <translation>Руководитель может передавать лиды только своей команде.</translation>
    </message>
    <message>
        <source>reassigned by hand</source>
        <translation>переназначен вручную</translation>
    </message>
    <message>
        <source>reassigned by %1</source>
        <translation>переназначен пользователем %1</translation>
    </message>
    <message>
        <source>Only an admin or the user&apos;s manager can deactivate a user.</source>
        <translation>Деактивировать пользователя может только администратор или его руководитель.</translation>
    </message>
    <message>
        <source>Only the user, their manager or an admin can plan an absence.</source>
        <translation>Запланировать отсутствие может только сам пользователь, его руководитель или администратор.</translation>
    </message>
    <message>
        <source>An absence must end after it starts.</source>
        <translation>Отсутствие должно заканчиваться после начала.</translation>
    </message>
    <message>
        <source>%1 is still waiting: %2 left on the SLA – call now.</source>
        <translation>%1 всё ещё ждёт: до истечения SLA осталось %2 – позвоните сейчас.</translation>
    </message>
    <message>
        <source>SLA breached: %1 has not been contacted by %2.</source>
        <translation>SLA нарушен: с %1 не связались до %2.</translation>
    </message>
    <message>
        <source>Incident: %1 was reassigned to %2 after an SLA breach.</source>
        <translation>Инцидент: %1 переназначен на %2 после нарушения SLA.</translation>
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
        <translation>«%1» не является полем лида. Известные поля: %2.</translation>
    </message>
    <message>
        <source>No email column found. Columns: %1. Map one with --map &quot;Header=email&quot;.</source>
        <translation>Не найден столбец с адресом электронной почты. Столбцы: %1. Сопоставьте один из них с помощью --map &quot;Header=email&quot;.</translation>
    </message>
    <message>
        <source>The file has no column &quot;%1&quot; to map. Columns: %2.</source>
        <translation>В файле нет столбца «%1» для сопоставления. Столбцы: %2.</translation>
    </message>
</context>
<context>
    <name>lr::LeadFormValidator</name>
    <message>
        <source>An email address is required.</source>
        <translation>Требуется адрес эл. почты.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a two-letter country code (ISO 3166), such as PL or BG.</source>
        <translation>&quot;%1&quot; — не двухбуквенный код страны (ISO 3166), например PL или BG.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a two-letter language code (ISO 639-1), such as en or bg.</source>
        <translation>&quot;%1&quot; — не двухбуквенный код языка (ISO 639-1), например en или bg.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a lead source.</source>
        <translation>&quot;%1&quot; — не источник лида.</translation>
    </message>
    <message>
        <source>Free-mail address: the company will not be taken from the email domain.</source>
        <translation>Адрес бесплатной почты: компания не будет определена по домену почты.</translation>
    </message>
</context>
<context>
    <name>lr::LeadImportService</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Не удаётся открыть %1: %2</translation>
    </message>
</context>
<context>
    <name>lr::LeadMerger</name>
    <message>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
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
        <source>Company name</source>
        <translation>Название компании</translation>
    </message>
    <message>
        <source>Company account</source>
        <translation>Аккаунт компании</translation>
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
        <source>Qualifying answer</source>
        <translation>Квалифицирующий ответ</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
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
        <source>UTM source</source>
        <translation>UTM source</translation>
    </message>
    <message>
        <source>UTM medium</source>
        <translation>UTM medium</translation>
    </message>
    <message>
        <source>UTM campaign</source>
        <translation>UTM campaign</translation>
    </message>
    <message>
        <source>Landing page</source>
        <translation>Целевая страница</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Форма</translation>
    </message>
    <message>
        <source>Form type</source>
        <translation>Тип формы</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создан</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Пользователь %1</translation>
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
        <translation>Одинаковое значение</translation>
    </message>
    <message>
        <source>Only the kept record has a value</source>
        <translation>Значение есть только у сохраняемой записи</translation>
    </message>
    <message>
        <source>Only the other record has a value</source>
        <translation>Значение есть только у другой записи</translation>
    </message>
    <message>
        <source>Newer submission</source>
        <translation>Более новая заявка</translation>
    </message>
    <message>
        <source>First touch keeps the attribution</source>
        <translation>Атрибуция по первому касанию</translation>
    </message>
    <message>
        <source>Owner of the older record</source>
        <translation>Ответственный за более старую запись</translation>
    </message>
    <message>
        <source>Further along the funnel</source>
        <translation>Дальше по воронке</translation>
    </message>
    <message>
        <source>A lead cannot be merged with itself.</source>
        <translation>Лид нельзя объединить с самим собой.</translation>
    </message>
    <message>
        <source>One of the two leads no longer exists or is not visible to you.</source>
        <translation>Одного из двух лидов больше нет или он вам не виден.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field a merge can choose.</source>
        <translation>&quot;%1&quot; — не поле, которое можно выбрать при объединении.</translation>
    </message>
    <message>
        <source>Merge %1 does not exist.</source>
        <translation>Объединения %1 не существует.</translation>
    </message>
    <message>
        <source>This merge was already undone.</source>
        <translation>Это объединение уже отменено.</translation>
    </message>
    <message>
        <source>You may not change %1: the lead is not in your team.</source>
        <translation>Вы не можете изменить %1: лид не из вашей команды.</translation>
    </message>
    <message>
        <source>%1 was merged into another lead afterwards. Undo that merge first.</source>
        <translation>%1 позже был объединён с другим лидом. Сначала отмените то объединение.</translation>
    </message>
    <message>
        <source>%1 no longer exists, so the merge cannot be undone.</source>
        <translation>%1 больше не существует, поэтому объединение нельзя отменить.</translation>
    </message>
    <message>
        <source>%1 was merged again afterwards (with %2). Undo that merge first.</source>
        <translation>%1 позже был объединён снова (с %2). Сначала отмените то объединение.</translation>
    </message>
    <message>
        <source>%1 was edited after the merge (%2). Undoing would overwrite those edits, so nothing was changed.</source>
        <translation>%1 изменён после объединения (%2). Отмена перезаписала бы эти изменения, поэтому ничего не изменено.</translation>
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
    <name>lr::LostReasons</name>
    <message>
        <source>Timing</source>
        <translation>Своевременность</translation>
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
        <translation>Не подходит</translation>
    </message>
    <message>
        <source>No response</source>
        <translation>Нет ответа</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
</context>
<context>
    <name>lr::ManualLeadEntry</name>
    <message>
        <source>Lead %1 created and assigned to you.</source>
        <translation>Лид %1 создан и назначен вам.</translation>
    </message>
    <message>
        <source>Lead %1 created.</source>
        <translation>Лид %1 создан.</translation>
    </message>
    <message>
        <source>This person is already a lead owned by someone else; the new details were added to that lead.</source>
        <translation>Этот человек уже является лидом другого ответственного; новые данные добавлены к этому лиду.</translation>
    </message>
    <message>
        <source>This person was already a lead: the new details were merged into %1 (#%2).</source>
        <translation>Этот человек уже был лидом: новые данные объединены с %1 (#%2).</translation>
    </message>
    <message>
        <source>The lead was quarantined: %1</source>
        <translation>Лид помещён в карантин: %1</translation>
    </message>
    <message>
        <source>The lead was not saved: %1</source>
        <translation>Лид не сохранён: %1</translation>
    </message>
    <message>
        <source>Entered by hand by the owner</source>
        <translation>Введён вручную ответственным</translation>
    </message>
</context>
<context>
    <name>lr::MergeRepository</name>
    <message>
        <source>Lead %1 does not exist.</source>
        <translation>Лида %1 не существует.</translation>
    </message>
    <message>
        <source>Merge %1 was already undone.</source>
        <translation>Объединение %1 уже отменено.</translation>
    </message>
</context>
<context>
    <name>lr::MetricsRepository</name>
    <message>
        <source>The metrics could not be read: %1</source>
        <translation>Не удалось прочитать метрики: %1</translation>
    </message>
    <message>
        <source>The daily metrics are not kept per campaign.</source>
        <translation>Ежедневные метрики не хранятся в разрезе кампаний.</translation>
    </message>
</context>
<context>
    <name>lr::MetricsService</name>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Период заканчивается раньше начала.</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Не назначен</translation>
    </message>
</context>
<context>
    <name>lr::NotificationRepository</name>
    <message>
        <source>Notification %1 is not yours.</source>
        <translation>Уведомление %1 не ваше.</translation>
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
        <translation>Новый контакт в %1 — открытая сделка %2</translation>
    </message>
    <message>
        <source>%1 has the open deal &quot;%2&quot;: assigned to its owner %3, who was notified.</source>
        <translation>У %1 есть открытая сделка &quot;%2&quot;: назначен её ответственному %3, он уведомлён.</translation>
    </message>
</context>
<context>
    <name>lr::Permissions</name>
    <message>
        <source>%1 is not an active user.</source>
        <translation>%1 — не активный пользователь.</translation>
    </message>
    <message>
        <source>Only managers and administrators may import leads.</source>
        <translation>Импортировать лиды могут только руководители и администраторы.</translation>
    </message>
    <message>
        <source>Only administrators may change the intake settings.</source>
        <translation>Изменять настройки приёма могут только администраторы.</translation>
    </message>
    <message>
        <source>Only managers and administrators may import deals.</source>
        <translation>Импортировать сделки могут только руководители и администраторы.</translation>
    </message>
    <message>
        <source>Only administrators may edit pipelines and their stages.</source>
        <translation>Редактировать воронки и их этапы могут только администраторы.</translation>
    </message>
    <message>
        <source>You may not do this.</source>
        <translation>Вам это не разрешено.</translation>
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
    <name>lr::PipelineEditor</name>
    <message>
        <source>Every stage needs a name.</source>
        <translation>У каждого этапа должно быть название.</translation>
    </message>
    <message>
        <source>Two stages are called %1.</source>
        <translation>Два этапа называются %1.</translation>
    </message>
    <message>
        <source>The probability of %1 must be from 0 to 100 %.</source>
        <translation>Вероятность для %1 должна быть от 0 до 100 %.</translation>
    </message>
    <message>
        <source>The stale probability of %1 must be from 0 to 100 %.</source>
        <translation>Вероятность при устаревании для %1 должна быть от 0 до 100 %.</translation>
    </message>
    <message>
        <source>The days of %1 must be from 0 to 3650.</source>
        <translation>Число дней для %1 должно быть от 0 до 3650.</translation>
    </message>
    <message>
        <source>%1 requires &quot;%2&quot;, which is no deal field.</source>
        <translation>%1 требует &quot;%2&quot;, но это не поле сделки.</translation>
    </message>
    <message>
        <source>Two stages are entered on the same fact (%1).</source>
        <translation>Два этапа назначены на одно и то же событие (%1).</translation>
    </message>
    <message>
        <source>%1 cannot be entered on the fact %2.</source>
        <translation>На %1 нельзя перейти по событию %2.</translation>
    </message>
    <message>
        <source>A pipeline needs at least one open stage.</source>
        <translation>В воронке должен быть хотя бы один открытый этап.</translation>
    </message>
    <message>
        <source>A pipeline needs exactly one won and one lost stage.</source>
        <translation>В воронке должно быть ровно по одному этапу выигрыша и проигрыша.</translation>
    </message>
    <message>
        <source>A pipeline needs a name.</source>
        <translation>У воронки должно быть название.</translation>
    </message>
    <message>
        <source>There is no pipeline %1.</source>
        <translation>Воронки %1 нет.</translation>
    </message>
    <message>
        <source>New Lead</source>
        <translation>Новый лид</translation>
    </message>
    <message>
        <source>Attempted Contact</source>
        <translation>Попытка контакта</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Контакт установлен</translation>
    </message>
    <message>
        <source>Discovery Booked</source>
        <translation>Назначена ознакомительная встреча</translation>
    </message>
    <message>
        <source>Proposal Sent</source>
        <translation>Предложение отправлено</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>Переговоры</translation>
    </message>
    <message>
        <source>Closed Won</source>
        <translation>Успешно закрыта</translation>
    </message>
    <message>
        <source>Closed Lost</source>
        <translation>Проиграна</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Недействительна</translation>
    </message>
</context>
<context>
    <name>lr::PipelineRepository</name>
    <message>
        <source>A pipeline called %1 exists already.</source>
        <translation>Воронка с названием %1 уже существует.</translation>
    </message>
    <message>
        <source>There is no pipeline %1.</source>
        <translation>Воронки %1 нет.</translation>
    </message>
    <message numerus="yes">
        <source>The stage %1 still holds %n deal(s); move them before removing it.</source>
        <translation>
            <numerusform>На этапе %1 ещё %n сделка; переместите её перед удалением этапа.</numerusform>
            <numerusform>На этапе %1 ещё %n сделки; переместите их перед удалением этапа.</numerusform>
            <numerusform>На этапе %1 ещё %n сделок; переместите их перед удалением этапа.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lr::PipelineRules</name>
    <message>
        <source>&quot;%1&quot; must be a number of days from 1 to 3650.</source>
        <translation>&quot;%1&quot; должно быть числом дней от 1 до 3650.</translation>
    </message>
    <message>
        <source>Kick-off call with the customer</source>
        <translation>Стартовый звонок с клиентом</translation>
    </message>
    <message>
        <source>Hand the account over to onboarding</source>
        <translation>Передать клиента на онбординг</translation>
    </message>
    <message>
        <source>Send the invoice details to billing</source>
        <translation>Отправить реквизиты для счёта в бухгалтерию</translation>
    </message>
    <message>
        <source>The ghost-buster&apos;s lost reason &quot;%1&quot; is not on the list: %2.</source>
        <translation>Причины проигрыша для «молчунов» &quot;%1&quot; нет в списке: %2.</translation>
    </message>
    <message>
        <source>The check-in reason &quot;%1&quot; is not on the list: %2.</source>
        <translation>Причины повторного контакта &quot;%1&quot; нет в списке: %2.</translation>
    </message>
</context>
<context>
    <name>lr::PipelineTimers</name>
    <message>
        <source>Close &quot;%1&quot; as lost: no answer after the break-up email; it needs %2</source>
        <translation>Закрыть &quot;%1&quot; как проигранную: нет ответа после прощального письма; требуется %2</translation>
    </message>
    <message>
        <source>Check in with &quot;%1&quot;: lost for %2 on %3.</source>
        <translation>Связаться с &quot;%1&quot;: проиграна по причине %2 %3.</translation>
    </message>
    <message>
        <source>Account review for &quot;%1&quot; (won on %2): room for an upsell?</source>
        <translation>Обзор клиента &quot;%1&quot; (выиграна %2): есть ли возможность допродажи?</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Send &quot;%1&quot; a break-up email: no answer %2. It closes as lost %3 unless they reply.</source>
        <translation>Отправьте &quot;%1&quot; прощальное письмо: нет ответа %2. Сделка закроется как проигранная %3, если ответа не будет.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has been in %2 %3; its probability dropped to %4 %. Move it on or close it.</source>
        <translation>&quot;%1&quot; находится на этапе %2 %3; вероятность снижена до %4 %. Продвиньте сделку или закройте её.</translation>
    </message>
    <message>
        <source>Send &quot;%1&quot; a break-up email: no answer for %2 days. It closes as lost in %3 days unless they reply.</source>
        <translation>Отправьте &quot;%1&quot; прощальное письмо: нет ответа %2 дн. Через %3 дн. сделка закроется как проигранная, если ответа не будет.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has been in %2 for over %3 days; its probability dropped to %4 %. Move it on or close it.</source>
        <translation>&quot;%1&quot; находится на этапе %2 более %3 дн.; вероятность снижена до %4 %. Продвиньте сделку или закройте её.</translation>
    </message>
</context>
<context>
    <name>lr::QuarantineRepository</name>
    <message>
        <source>Only quarantined or failed entries can be discarded (entry %1).</source>
        <translation>Удалять можно только записи в карантине или с ошибкой (запись %1).</translation>
    </message>
</context>
<context>
    <name>lr::QuarantineService</name>
    <message>
        <source>Only an admin may review rejected submissions and edit the hygiene lists.</source>
        <translation>Просматривать отклонённые заявки и редактировать списки проверки может только администратор.</translation>
    </message>
    <message>
        <source>Journal entry %1 does not exist.</source>
        <translation>Записи журнала %1 не существует.</translation>
    </message>
    <message>
        <source>The period must be at least one day.</source>
        <translation>Период должен быть не менее одного дня.</translation>
    </message>
    <message>
        <source>Every field needs a name.</source>
        <translation>У каждого поля должно быть название.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; appears twice.</source>
        <translation>Поле &quot;%1&quot; встречается дважды.</translation>
    </message>
    <message>
        <source>Entry %1 is %2; only quarantined or failed entries can be re-processed.</source>
        <translation>Запись %1 — %2; повторно обработать можно только записи в карантине или с ошибкой.</translation>
    </message>
    <message>
        <source>Entry %1: %2</source>
        <translation>Запись %1: %2</translation>
    </message>
</context>
<context>
    <name>lr::RejectedRowsWriter</name>
    <message>
        <source>Choose another file: %1 is the file that was imported.</source>
        <translation>Выберите другой файл: %1 — это импортированный файл.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1 is empty now; was it changed after the import?</source>
        <translation>%1 теперь пуст; он изменялся после импорта?</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>%1 has fewer rows than were imported; was it changed after the import?</source>
        <translation>В %1 меньше строк, чем было импортировано; он изменялся после импорта?</translation>
    </message>
</context>
<context>
    <name>lr::ReviewState</name>
    <message>
        <source>Quarantined</source>
        <translation>В карантине</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ожидает</translation>
    </message>
    <message>
        <source>Processed</source>
        <translation>Обработано</translation>
    </message>
</context>
<context>
    <name>lr::Router</name>
    <message>
        <source>the user no longer exists</source>
        <translation>пользователь больше не существует</translation>
    </message>
    <message>
        <source>%1 is not a named account</source>
        <translation>%1 — не ключевой клиент</translation>
    </message>
    <message>
        <source>the lead&apos;s domain</source>
        <translation>домен лида</translation>
    </message>
    <message>
        <source>named account %1</source>
        <translation>ключевой клиент %1</translation>
    </message>
    <message>
        <source>the account owner no longer exists</source>
        <translation>ответственный за клиента больше не существует</translation>
    </message>
    <message>
        <source>team %1</source>
        <translation>команда %1</translation>
    </message>
    <message>
        <source>reps who speak %1</source>
        <translation>продавцы, говорящие на %1</translation>
    </message>
    <message>
        <source>%1 reps</source>
        <translation>продавцы: %1</translation>
    </message>
    <message>
        <source>reps covering %1</source>
        <translation>продавцы, охватывающие %1</translation>
    </message>
    <message>
        <source>senior reps</source>
        <translation>старшие продавцы</translation>
    </message>
    <message>
        <source>in team %1</source>
        <translation>в команде %1</translation>
    </message>
    <message>
        <source>all reps</source>
        <translation>все продавцы</translation>
    </message>
    <message>
        <source>nobody fits (%1)</source>
        <translation>никто не подходит (%1)</translation>
    </message>
    <message>
        <source>manager of %1</source>
        <translation>руководитель %1</translation>
    </message>
    <message>
        <source>first available manager</source>
        <translation>первый доступный руководитель</translation>
    </message>
    <message>
        <source>first available admin</source>
        <translation>первый доступный администратор</translation>
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
        <translation>пропущен %1 (текущий ответственный)</translation>
    </message>
    <message>
        <source>skipped %1 (%2)</source>
        <translation>пропущен %1 (%2)</translation>
    </message>
    <message>
        <source>Nobody is active to take the lead.</source>
        <translation>Нет активных пользователей, чтобы принять лид.</translation>
    </message>
    <message>
        <source>nobody available → %1 (%2)</source>
        <translation>никто не доступен → %1 (%2)</translation>
    </message>
    <message>
        <source>no rule matched → %1 (%2)</source>
        <translation>ни одно правило не подошло → %1 (%2)</translation>
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
        <translation>новый лид</translation>
    </message>
    <message>
        <source>reassigned for SLA breach</source>
        <translation>переназначен из-за нарушения SLA</translation>
    </message>
    <message>
        <source>owner out of office</source>
        <translation>ответственный отсутствует</translation>
    </message>
    <message>
        <source>owner deactivated</source>
        <translation>ответственный деактивирован</translation>
    </message>
    <message>
        <source>reassigned by hand</source>
        <translation>переназначен вручную</translation>
    </message>
    <message>
        <source>fallback owner</source>
        <translation>резервный ответственный</translation>
    </message>
    <message>
        <source>A named account needs a domain and an owner.</source>
        <translation>Ключевому клиенту нужны домен и ответственный.</translation>
    </message>
</context>
<context>
    <name>lr::RoutingRuleSet</name>
    <message>
        <source>least loaded</source>
        <translation>наименее загруженный</translation>
    </message>
    <message>
        <source>round robin</source>
        <translation>по кругу</translation>
    </message>
    <message>
        <source>Routing rules must be a list under &quot;rules&quot;.</source>
        <translation>Правила распределения должны быть списком в &quot;rules&quot;.</translation>
    </message>
    <message>
        <source>Rule %1 (%2): %3</source>
        <translation>Правило %1 (%2): %3</translation>
    </message>
    <message>
        <source>Rule %1 (%2): unknown target type &quot;%3&quot;.</source>
        <translation>Правило %1 (%2): неизвестный тип цели &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>Rule %1 (%2): unknown strategy &quot;%3&quot;.</source>
        <translation>Правило %1 (%2): неизвестная стратегия &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>Rule %1 (%2) repeats the key &quot;%3&quot;.</source>
        <translation>Правило %1 (%2) повторяет ключ &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>Rule %1 (%2) points to a user who no longer exists.</source>
        <translation>Правило %1 (%2) указывает на пользователя, которого больше нет.</translation>
    </message>
    <message>
        <source>Rule %1 (%2) points to %3, who is inactive.</source>
        <translation>Правило %1 (%2) указывает на %3, а он неактивен.</translation>
    </message>
    <message>
        <source>Rule %1 (%2) points to a team that no longer exists.</source>
        <translation>Правило %1 (%2) указывает на команду, которой больше нет.</translation>
    </message>
    <message>
        <source>Rule %1 (%2) lists a user who no longer exists.</source>
        <translation>Правило %1 (%2) содержит пользователя, которого больше нет.</translation>
    </message>
    <message>
        <source>There is no enabled default rule (a rule without conditions): a lead that matches no rule would be left without an owner.</source>
        <translation>Нет включённого правила по умолчанию (правила без условий): лид, не подходящий ни под одно правило, останется без ответственного.</translation>
    </message>
    <message>
        <source>Named account</source>
        <translation>Ключевой клиент</translation>
    </message>
    <message>
        <source>Enterprise (more than 500 employees)</source>
        <translation>Крупный бизнес (более 500 сотрудников)</translation>
    </message>
    <message>
        <source>Territory %1 (%2)</source>
        <translation>Территория %1 (%2)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Referral → senior reps</source>
        <translation>Рекомендация → старшие продавцы</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>По умолчанию</translation>
    </message>
    <message>
        <source>One person</source>
        <translation>Один человек</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Named account owner</source>
        <translation>Владелец ключевого клиента</translation>
    </message>
    <message>
        <source>Pool of reps</source>
        <translation>Пул менеджеров</translation>
    </message>
</context>
<context>
    <name>lr::RoutingSettings</name>
    <message>
        <source>Only admins can change the routing rules.</source>
        <translation>Изменять правила распределения могут только администраторы.</translation>
    </message>
    <message>
        <source>Only admins can change the SLA policies.</source>
        <translation>Изменять политики SLA могут только администраторы.</translation>
    </message>
</context>
<context>
    <name>lr::RuleRepository</name>
    <message>
        <source>A rule document needs a kind.</source>
        <translation>У документа правил должен быть тип.</translation>
    </message>
</context>
<context>
    <name>lr::ScoreRepository</name>
    <message>
        <source>Lead %1 does not exist.</source>
        <translation>Лида %1 не существует.</translation>
    </message>
</context>
<context>
    <name>lr::ScoringConfig</name>
    <message>
        <source>A scoring rule set needs a &quot;rules&quot; list.</source>
        <translation>Набору правил скоринга нужен список &quot;rules&quot;.</translation>
    </message>
    <message>
        <source>Rule %1: unknown axis &quot;%2&quot; (fit, intent or timing).</source>
        <translation>Правило %1: неизвестная ось &quot;%2&quot; (fit, intent или timing).</translation>
    </message>
    <message>
        <source>Rule %1: &quot;points&quot; must be a number.</source>
        <translation>Правило %1: &quot;points&quot; должно быть числом.</translation>
    </message>
    <message>
        <source>Rule %1 (%2): %3</source>
        <translation>Правило %1 (%2): %3</translation>
    </message>
    <message>
        <source>The thresholds must lie between 0 and 100.</source>
        <translation>Пороги должны быть в диапазоне от 0 до 100.</translation>
    </message>
    <message>
        <source>Rule %1 needs an id and a name.</source>
        <translation>Правилу %1 нужны ID и название.</translation>
    </message>
    <message>
        <source>Two rules share the id &quot;%1&quot;.</source>
        <translation>У двух правил одинаковый ID &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot;: points must lie between -100 and 100.</source>
        <translation>Правило &quot;%1&quot;: баллы должны быть в диапазоне от -100 до 100.</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; needs at least one condition.</source>
        <translation>Правилу &quot;%1&quot; нужно хотя бы одно условие.</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot;, condition %2: %3</source>
        <translation>Правило &quot;%1&quot;, условие %2: %3</translation>
    </message>
    <message>
        <source>Form &quot;%1&quot;: unknown form type &quot;%2&quot; (%3).</source>
        <translation>Форма &quot;%1&quot;: неизвестный тип формы &quot;%2&quot; (%3).</translation>
    </message>
    <message>
        <source>MQL (%1) must be below SQL (%2): the thresholds rise from Nurture to MQL to SQL.</source>
        <translation>Порог MQL (%1) должен быть ниже порога SQL (%2): пороги растут от Прогрева к MQL и далее к SQL.</translation>
    </message>
    <message>
        <source>Nurture (%1) must be below MQL (%2): the thresholds rise from Nurture to MQL to SQL.</source>
        <translation>Порог Прогрева (%1) должен быть ниже порога MQL (%2): пороги растут от Прогрева к MQL и далее к SQL.</translation>
    </message>
    <message>
        <source>Demo request form</source>
        <translation>Заявка на демо</translation>
    </message>
    <message>
        <source>Pricing page visit</source>
        <translation>Посещение страницы цен</translation>
    </message>
    <message>
        <source>Company size 50–200</source>
        <translation>Размер компании 50–200</translation>
    </message>
    <message>
        <source>C-level, CEO or founder</source>
        <translation>Топ-менеджер, генеральный директор или основатель</translation>
    </message>
    <message>
        <source>Free-mail address (Gmail, Yahoo, …)</source>
        <translation>Адрес бесплатной почты (Gmail, Yahoo, …)</translation>
    </message>
    <message>
        <source>Student or intern</source>
        <translation>Студент или стажёр</translation>
    </message>
    <message>
        <source>Target industry</source>
        <translation>Целевая отрасль</translation>
    </message>
    <message>
        <source>3+ emails opened</source>
        <translation>Открыто 3+ письма</translation>
    </message>
    <message>
        <source>Ghosted 14 days</source>
        <translation>Не отвечает 14 дней</translation>
    </message>
    <message>
        <source>Budget approved</source>
        <translation>Бюджет утверждён</translation>
    </message>
    <message>
        <source>Buying this quarter</source>
        <translation>Покупка в этом квартале</translation>
    </message>
</context>
<context>
    <name>lr::ScoringRuleSet</name>
    <message>
        <source>Rule &quot;%1&quot;: %2</source>
        <translation>Правило &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Email opens alone never make a lead SQL</source>
        <translation>Одни лишь открытия писем никогда не делают лид SQL</translation>
    </message>
    <message>
        <source>%1 points from email opens</source>
        <translation>баллы за открытия писем: %1</translation>
    </message>
</context>
<context>
    <name>lr::ScoringService</name>
    <message>
        <source>Scoring rules version %1 could not be read.</source>
        <translation>Не удалось прочитать правила скоринга версии %1.</translation>
    </message>
    <message>
        <source>Scoring rules version %1 are damaged: %2</source>
        <translation>Правила скоринга версии %1 повреждены: %2</translation>
    </message>
    <message>
        <source>Lead %1 does not exist.</source>
        <translation>Лида %1 не существует.</translation>
    </message>
    <message>
        <source>There is no lead %1 that you may see.</source>
        <translation>Нет доступного вам лида %1.</translation>
    </message>
    <message>
        <source>There is no lead with the address %1.</source>
        <translation>Нет лида с адресом %1.</translation>
    </message>
    <message>
        <source>There is no lead with the address %1 that you may see.</source>
        <translation>Нет доступного вам лида с адресом %1.</translation>
    </message>
    <message>
        <source>%1 is not an active user.</source>
        <translation>%1 — не активный пользователь.</translation>
    </message>
    <message>
        <source>There is no lead %1 that you may edit.</source>
        <translation>Нет лида %1, который вы можете редактировать.</translation>
    </message>
    <message>
        <source>Only administrators may change the scoring rules.</source>
        <translation>Изменять правила скоринга могут только администраторы.</translation>
    </message>
    <message>
        <source>The impact preview needs at least one day.</source>
        <translation>Для предпросмотра влияния нужен хотя бы один день.</translation>
    </message>
</context>
<context>
    <name>lr::SettingsRepository</name>
    <message>
        <source>A setting needs a name.</source>
        <translation>У настройки должно быть имя.</translation>
    </message>
</context>
<context>
    <name>lr::Simulator</name>
    <message>
        <source>Every user needs a name.</source>
        <translation>У каждого пользователя должно быть имя.</translation>
    </message>
    <message>
        <source>%1 has an unknown role.</source>
        <translation>У %1 неизвестная роль.</translation>
    </message>
    <message>
        <source>%1 has an out-of-office range that is not two dates.</source>
        <translation>У %1 период отсутствия задан не двумя датами.</translation>
    </message>
    <message>
        <source>half of the %1 SLA gone</source>
        <translation>прошла половина SLA %1</translation>
    </message>
    <message>
        <source>%1 SLA breached by %2</source>
        <translation>SLA %1 нарушен на %2</translation>
    </message>
    <message>
        <source>reassigned for SLA breach: %1 → %2</source>
        <translation>переназначен из-за нарушения SLA: %1 → %2</translation>
    </message>
    <message>
        <source>&quot;start&quot; must be an ISO time such as 2026-11-23T09:00:00Z.</source>
        <translation>&quot;start&quot; должно быть временем ISO, например 2026-11-23T09:00:00Z.</translation>
    </message>
    <message>
        <source>&quot;run_until&quot; must be a time after the start or an offset such as +3h.</source>
        <translation>&quot;run_until&quot; должно быть временем после начала или смещением, например +3h.</translation>
    </message>
    <message>
        <source>&quot;rules&quot; is &quot;default&quot; or an object with &quot;routing&quot; and/or &quot;sla&quot;.</source>
        <translation>&quot;rules&quot; — это &quot;default&quot; или объект с &quot;routing&quot; и/или &quot;sla&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time.</source>
        <translation>&quot;%1&quot; — не время.</translation>
    </message>
    <message>
        <source>The lead %1 was not accepted: %2</source>
        <translation>Лид %1 не принят: %2</translation>
    </message>
    <message>
        <source>A touch names %1, which is not a lead of the scenario.</source>
        <translation>Касание указывает на %1, а это не лид сценария.</translation>
    </message>
    <message>
        <source>Unknown touch type &quot;%1&quot;.</source>
        <translation>Неизвестный тип касания &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>lr::SlaPolicySet</name>
    <message>
        <source>SLA policies must be a list under &quot;policies&quot;.</source>
        <translation>Политики SLA должны быть списком в &quot;policies&quot;.</translation>
    </message>
    <message>
        <source>Every SLA policy needs a key.</source>
        <translation>У каждой политики SLA должен быть ключ.</translation>
    </message>
    <message>
        <source>The SLA policy key &quot;%1&quot; is used twice.</source>
        <translation>Ключ политики SLA &quot;%1&quot; используется дважды.</translation>
    </message>
    <message>
        <source>The SLA policy &quot;%1&quot; needs a target of at least one minute.</source>
        <translation>Политике SLA &quot;%1&quot; нужна цель не менее одной минуты.</translation>
    </message>
    <message>
        <source>The ladder of &quot;%1&quot; must rise: nudge &lt; manager alert &lt; reassignment (percent).</source>
        <translation>Ступени &quot;%1&quot; должны возрастать: напоминание &lt; оповещение руководителя &lt; переназначение (в процентах).</translation>
    </message>
    <message>
        <source>One SLA policy must match every lead (no lead types selected).</source>
        <translation>Одна политика SLA должна подходить для всех лидов (без выбранных типов лидов).</translation>
    </message>
    <message>
        <source>Hot / SQL</source>
        <translation>Горячий / SQL</translation>
    </message>
    <message>
        <source>hot inbound</source>
        <translation>горячий входящий</translation>
    </message>
    <message>
        <source>Demo request</source>
        <translation>Запрос демо</translation>
    </message>
    <message>
        <source>demo request</source>
        <translation>запрос демо</translation>
    </message>
    <message>
        <source>MQL</source>
        <translation>MQL</translation>
    </message>
    <message>
        <source>New lead</source>
        <translation>Новый лид</translation>
    </message>
    <message>
        <source>new inbound</source>
        <translation>новый входящий</translation>
    </message>
</context>
<context>
    <name>lr::SlaRepository</name>
    <message>
        <source>The SLA clock of lead %1 was not stored.</source>
        <translation>Таймер SLA для лида %1 не сохранён.</translation>
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
    <name>lr::TeamService</name>
    <message>
        <source>A user needs a name.</source>
        <translation>У пользователя должно быть имя.</translation>
    </message>
    <message>
        <source>Capacity must be between 0 and 10000 open leads.</source>
        <translation>Лимит должен быть от 0 до 10000 открытых лидов.</translation>
    </message>
    <message>
        <source>Working hours must start before they end, within one day.</source>
        <translation>Рабочее время должно начинаться раньше, чем заканчивается, в пределах одних суток.</translation>
    </message>
    <message>
        <source>Pick at least one working day.</source>
        <translation>Выберите хотя бы один рабочий день.</translation>
    </message>
    <message>
        <source>%1 is not a known time zone.</source>
        <translation>%1 — неизвестный часовой пояс.</translation>
    </message>
    <message>
        <source>%1 is not a two-letter country code.</source>
        <translation>%1 — не двухбуквенный код страны.</translation>
    </message>
    <message>
        <source>%1 is not a two-letter language code.</source>
        <translation>%1 — не двухбуквенный код языка.</translation>
    </message>
    <message>
        <source>%1 is not a segment.</source>
        <translation>%1 не является сегментом.</translation>
    </message>
    <message>
        <source>Team %1 does not exist.</source>
        <translation>Команда %1 не существует.</translation>
    </message>
    <message>
        <source>An absence must end after it starts.</source>
        <translation>Отсутствие должно заканчиваться после начала.</translation>
    </message>
    <message>
        <source>User %1 does not exist.</source>
        <translation>Пользователь %1 не существует.</translation>
    </message>
    <message>
        <source>Reps cannot edit the team.</source>
        <translation>Менеджеры по продажам не могут изменять команду.</translation>
    </message>
    <message>
        <source>A manager can only edit the people of their own team.</source>
        <translation>Руководитель может изменять только сотрудников своей команды.</translation>
    </message>
    <message>
        <source>Only an admin can change a role or a team.</source>
        <translation>Изменить роль или команду может только администратор.</translation>
    </message>
    <message>
        <source>You cannot deactivate yourself.</source>
        <translation>Вы не можете деактивировать себя.</translation>
    </message>
    <message>
        <source>The hours of %1 must start before they end, within one day.</source>
        <translation>Рабочее время в %1 должно начинаться раньше, чем заканчивается, в пределах одного дня.</translation>
    </message>
    <message>
        <source>Only an admin can add people to the team.</source>
        <translation>Добавлять людей в команду может только администратор.</translation>
    </message>
    <message>
        <source>This database has users already; an admin adds the next ones.</source>
        <translation>В этой базе уже есть пользователи; следующих добавляет администратор.</translation>
    </message>
    <message>
        <source>A user needs an e-mail address to sign in with.</source>
        <translation>Пользователю нужен адрес электронной почты для входа.</translation>
    </message>
    <message>
        <source>%1 already signs in as another user.</source>
        <translation>С адресом %1 уже входит другой пользователь.</translation>
    </message>
    <message>
        <source>A team needs a name.</source>
        <translation>У команды должно быть название.</translation>
    </message>
    <message>
        <source>There is a team called %1 already.</source>
        <translation>Команда с названием %1 уже есть.</translation>
    </message>
    <message>
        <source>A team&apos;s manager must be an active user with the manager role.</source>
        <translation>Руководителем команды может быть только активный пользователь с ролью руководителя.</translation>
    </message>
    <message>
        <source>Only an admin can add or change teams.</source>
        <translation>Добавлять и изменять команды может только администратор.</translation>
    </message>
    <message>
        <source>%1 is in the team %2; move them to this team on the Team page first.</source>
        <translation>%1 состоит в команде %2; сначала переведите этого человека в эту команду на странице «Команда».</translation>
    </message>
    <message>
        <source>%1 already manages the team %2.</source>
        <translation>%1 уже руководит командой %2.</translation>
    </message>
    <message>
        <source>%1 manages the team %2: give the team another manager first (Teams…).</source>
        <translation>%1 руководит командой %2: сначала назначьте команде другого руководителя (Команды…).</translation>
    </message>
</context>
<context>
    <name>lr::TimerRepository</name>
    <message>
        <source>A timer needs a dedupe key.</source>
        <translation>Таймеру нужен ключ дедупликации.</translation>
    </message>
    <message>
        <source>A timer needs a kind.</source>
        <translation>У таймера должен быть тип.</translation>
    </message>
    <message>
        <source>The timer %1 could not be stored.</source>
        <translation>Не удалось сохранить таймер %1.</translation>
    </message>
</context>
<context>
    <name>lr::TitleKeywords</name>
    <message>
        <source>C-level executive</source>
        <translation>Топ-менеджер (C-level)</translation>
    </message>
    <message>
        <source>Founder or owner</source>
        <translation>Основатель или владелец</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Студент</translation>
    </message>
    <message>
        <source>Intern or trainee</source>
        <translation>Стажёр или практикант</translation>
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
    <message>
        <source>Working hours must start before they end, within one day.</source>
        <translation>Рабочее время должно начинаться раньше, чем заканчивается, в пределах одних суток.</translation>
    </message>
</context>
<context>
    <name>lr::WebhookHost</name>
    <message>
        <source>Webhook: off</source>
        <translation>Вебхук: выкл.</translation>
    </message>
    <message>
        <source>Webhook: not started: %1</source>
        <translation>Вебхук: не запущен: %1</translation>
    </message>
    <message>
        <source>Webhook: %1</source>
        <translation>Вебхук: %1</translation>
    </message>
    <message>
        <source>Webhook: listening on %1:%2</source>
        <translation>Вебхук: слушает %1:%2</translation>
    </message>
</context>
<context>
    <name>lr::WebhookOutbox</name>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP-статус %1</translation>
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
        <source>Send the event as application/json.</source>
        <translation>Отправьте событие как application/json.</translation>
    </message>
    <message>
        <source>Use %1.</source>
        <translation>Используйте %1.</translation>
    </message>
    <message>
        <source>There is nothing at %1. The intake answers POST /v1/submissions, POST /v1/events and GET /v1/health.</source>
        <translation>По адресу %1 ничего нет. Приём обрабатывает запросы POST /v1/submissions, POST /v1/events и GET /v1/health.</translation>
    </message>
</context>
<context>
    <name>lr::WhatIf</name>
    <message>
        <source>Replay between 1 and 365 days.</source>
        <translation>Период воспроизведения — от 1 до 365 дней.</translation>
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
        <translation>Использование: leadrelayctl [--db PATH] COMMAND [OPTIONS]

Консоль LeadRelay без графического интерфейса: создание базы данных, загрузка демо-данных, управление пользователями, экспорт лидов.

Команды:
  init                  Создать базу данных (или обновить её до последней схемы);
                        вывести её путь и версию схемы.
  demo [--seed N] [--leads N] [--days N] [--now TIME] [--format text|json]
                        Заполнить пустую базу данных демо-командой продаж и историей лидов
                        (по умолчанию: 3000 лидов за 90 дней до текущего момента).
  users list [--format table|json]
                        Вывести список пользователей.
  users add --name NAME --email EMAIL --role rep|manager|admin [--team TEAM]
            [--territories DE,AT] [--languages de,en] [--segment smb|mid_market|enterprise]
            [--capacity N] [--timezone Europe/Berlin]
                        Добавить пользователя в существующую команду.
  export leads [--format csv|json] [--as EMAIL]
                        Вывести все лиды в стандартный вывод (JSON, если не указан --format csv);
                        с --as экспортируется только то, что видит этот пользователь.
  import leads FILE [--map &quot;Header=field&quot;]... [--source NAME]
                        Импортировать CSV с лидами (экспорт HubSpot, Salesforce, Pipedrive или
                        таблицы): каждая строка записывается в журнал, проверяется и очищается
                        от дубликатов; выводится сводка JSON {rows, created, merged, quarantined, errors}.
  import deals FILE [--map &quot;Header=field&quot;]... [--stage-map &quot;Won=Closed Won&quot;]...
               [--as EMAIL]
                        Импортировать сделки из CSV-экспорта другой CRM (HubSpot, Pipedrive,
                        Salesforce): создаёт недостающие компании и ответственных, сохраняет
                        исторические даты начала и закрытия; выигранные/проигранные строки без
                        причины проигрыша становятся историей. Поля: external_id, title, owner,
                        company, person_email, stage, status, value, currency, engaged_at,
                        closed_at, expected_close, product, lost_reason. Выводит сводку JSON
                        {rows, created, merged, quarantined, errors, history, ...}.
  import firmographics FILE [--as EMAIL]
                        Импортировать CSV с фирмографикой (Domain/Website, Company, Employees,
                        Industry, Revenue, Country, LinkedIn) в локальную таблицу обогащения,
                        обновляя известные домены; выводит сводку JSON
                        {rows, created, updated, rejected, errors}. Только для администраторов.
  enrich [--provider local|http] [--url T] [--timeout-ms N] [--retries N] [--limit N]
         [--as EMAIL]
                        Заполнить пустые поля компаний, которые давно не проверялись, из
                        локальной таблицы (по умолчанию) или HTTP-провайдера JSON (шаблон URL
                        с {domain}; значения по умолчанию из настроек приложения); выводит
                        сводку JSON. Только для администраторов.
  serve [--bind 127.0.0.1] [--port 8088] [--token T]
                        Запустить приём через вебхук (POST /v1/submissions, GET /v1/health)
                        до прерывания; токен также берётся из $LEADRELAY_TOKEN.
  deals list [--format json] [--stage STAGE] [--as EMAIL]
                        Вывести сделки (доступные --as) в формате JSON.
  deals move ID STAGE [--set field=value]... [--as EMAIL]
                        Переместить сделку на другой этап, предварительно задав поля; код
                        выхода 3 и недостающие поля, если критерии выхода этапа не выполнены.
%2  metrics [--from DATE] [--to DATE] [--team T] [--rep R] [--source S] [--campaign C]
          [--as EMAIL] [--format json]
                        Вывести все метрики за период (по умолчанию: последние 30 дней)
                        в формате JSON; ключи описаны в docs/metrics.md.
%3  help                  Показать эту справку.

Параметры:
  --db PATH             Файл базы данных. По умолчанию: $LEADRELAY_DB, иначе
                        %1
  -h, --help            Показать эту справку.
  --version             Показать версию.

Коды выхода: 0 — успех; 1 — ошибка выполнения команды (сообщение в стандартном потоке ошибок);
2 — неверная командная строка (неизвестная команда или параметр, отсутствующий или недопустимый аргумент);
3 — при перемещении сделки не хватает полей, которых требует целевой этап.
</translation>
    </message>
    <message>
        <source>&quot;import&quot; needs to know what: import leads FILE, import deals FILE or import firmographics FILE.</source>
        <translation>Для &quot;import&quot; укажите, что импортировать: import leads FILE, import deals FILE или import firmographics FILE.</translation>
    </message>
    <message>
        <source>&quot;import deals&quot; needs the CSV file to read.</source>
        <translation>Для &quot;import deals&quot; нужен CSV-файл.</translation>
    </message>
    <message>
        <source>The option --%1 does not apply to &quot;import deals&quot;.</source>
        <translation>Параметр --%1 неприменим к &quot;import deals&quot;.</translation>
    </message>
    <message>
        <source>&quot;import firmographics&quot; needs the CSV file to read.</source>
        <translation>Для &quot;import firmographics&quot; нужен CSV-файл.</translation>
    </message>
    <message>
        <source>The option --%1 does not apply to &quot;import firmographics&quot;.</source>
        <translation>Параметр --%1 неприменим к &quot;import firmographics&quot;.</translation>
    </message>
    <message>
        <source>The option --%1 does not apply to &quot;enrich&quot;.</source>
        <translation>Параметр --%1 неприменим к &quot;enrich&quot;.</translation>
    </message>
    <message>
        <source>&quot;deals&quot; needs a subcommand: list or move.</source>
        <translation>Для &quot;deals&quot; нужна подкоманда: list или move.</translation>
    </message>
    <message>
        <source>Unknown subcommand &quot;deals %1&quot;.</source>
        <translation>Неизвестная подкоманда &quot;deals %1&quot;.</translation>
    </message>
    <message>
        <source>&quot;deals move&quot; needs a deal id and a stage: deals move ID STAGE.</source>
        <translation>Для &quot;deals move&quot; нужны ID сделки и этап: deals move ID STAGE.</translation>
    </message>
    <message>
        <source>The option --%1 does not apply to &quot;deals %2&quot;.</source>
        <translation>Параметр --%1 неприменим к &quot;deals %2&quot;.</translation>
    </message>
    <message>
        <source>--format for &quot;deals list&quot; is json, not &quot;%1&quot;.</source>
        <translation>--format для &quot;deals list&quot; — json, а не &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The option --%1 does not apply to &quot;metrics&quot;.</source>
        <translation>Параметр --%1 неприменим к &quot;metrics&quot;.</translation>
    </message>
    <message>
        <source>--format for &quot;metrics&quot; is json, not &quot;%1&quot;.</source>
        <translation>--format для &quot;metrics&quot; — json, а не &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>lr::cli::DealsCommand</name>
    <message>
        <source>--stage-map takes &quot;Exported stage=LeadRelay stage&quot;, not &quot;%1&quot;.</source>
        <translation>--stage-map принимает &quot;Exported stage=LeadRelay stage&quot;, а не &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>--set takes field=value, not &quot;%1&quot;.</source>
        <translation>--set принимает field=value, а не &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--set: unknown deal field &quot;%1&quot;; known fields: %2.</source>
        <translation>--set: неизвестное поле сделки &quot;%1&quot;; известные поля: %2.</translation>
    </message>
    <message>
        <source>--set %1 is given twice.</source>
        <translation>--set %1 задан дважды.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a deal id.</source>
        <translation>&quot;%1&quot; — не ID сделки.</translation>
    </message>
    <message>
        <source>Missing fields: %1</source>
        <translation>Не заполнены поля: %1</translation>
    </message>
    <message>
        <source>Give them with --set, e.g. --set %1=…</source>
        <translation>Задайте их через --set, например --set %1=…</translation>
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
        <source>Demo data written to %1 (seed %2, %3) in %4 s:</source>
        <translation>Демонстрационные данные записаны в %1 (seed %2, %3) за %4 с:</translation>
    </message>
</context>
<context>
    <name>lr::cli::EnrichCommands</name>
    <message>
        <source>--provider is local or http, not &quot;%1&quot;.</source>
        <translation>--provider — local или http, а не &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--url, --timeout-ms and --retries apply to --provider http only.</source>
        <translation>--url, --timeout-ms и --retries применимы только к --provider http.</translation>
    </message>
    <message>
        <source>--%1 needs a whole number of 0 or more, not &quot;%2&quot;.</source>
        <translation>--%1 требует целое число от 0, а не &quot;%2&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%n lookup(s) failed; the companies are tried again on a later run.</source>
        <translation>
            <numerusform>%n запрос не выполнен; компании будут проверены снова при следующем запуске.</numerusform>
            <numerusform>%n запроса не выполнены; компании будут проверены снова при следующем запуске.</numerusform>
            <numerusform>%n запросов не выполнены; компании будут проверены снова при следующем запуске.</numerusform>
        </translation>
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
    <message>
        <source>WARNING: listening on %1 without a token: the intake is reachable from the network and anyone who can reach this machine can submit leads. Give --token (or $LEADRELAY_TOKEN), or bind to 127.0.0.1.</source>
        <translation>ВНИМАНИЕ: прослушивание %1 без токена: приём доступен из сети, и любой, кто может подключиться к этому компьютеру, может отправлять лиды. Укажите --token (или $LEADRELAY_TOKEN) либо выполните привязку к 127.0.0.1.</translation>
    </message>
    <message>
        <source>Warning: listening on %1: the intake is reachable from the network. Plain HTTP sends the token unencrypted; put a TLS proxy in front of it or bind to 127.0.0.1.</source>
        <translation>Внимание: прослушивание %1: приём доступен из сети. Обычный HTTP передаёт токен в незашифрованном виде; поставьте перед ним TLS-прокси или выполните привязку к 127.0.0.1.</translation>
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
    <name>lr::cli::MetricsCommand</name>
    <message>
        <source>--to: &quot;%1&quot; is not a date (use 2026-11-23 or 2026-11-23T09:00:00Z).</source>
        <translation>--to: &quot;%1&quot; — не дата (используйте 2026-11-23 или 2026-11-23T09:00:00Z).</translation>
    </message>
    <message>
        <source>--from: &quot;%1&quot; is not a date (use 2026-11-23 or 2026-11-23T09:00:00Z).</source>
        <translation>--from: &quot;%1&quot; — не дата (используйте 2026-11-23 или 2026-11-23T09:00:00Z).</translation>
    </message>
    <message>
        <source>--from must be before --to.</source>
        <translation>--from должно быть раньше --to.</translation>
    </message>
    <message>
        <source>There is no team &quot;%1&quot;.</source>
        <translation>Команды &quot;%1&quot; нет.</translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot;.</source>
        <translation>Пользователя &quot;%1&quot; нет.</translation>
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
                        Выполнить сценарий распределения/SLA с ручными часами во временном
                        хранилище; вывести хронологию в JSON (см. README).
  timers fire [--now TIME]
                        Запустить все постоянные таймеры, срок которых наступил (ступени SLA, праздники).
  timers list [--lead ID]
                        Вывести ожидающие таймеры (одного лида) в формате JSON.
  routing explain LEAD_ID [--as EMAIL]
                        Показать, куда правила распределения отправили бы лид сейчас и почему.
  tasks list [--as EMAIL]
                        Вывести открытые задачи, доступные пользователю, в формате JSON.
  tasks done TASK_ID --outcome TEXT --as EMAIL
                        Выполнить одну из задач пользователя.
  leads touch LEAD_ID --type call|email|meeting|note [--outcome TEXT] --as EMAIL
                        Записать касание; первый звонок, письмо или встреча останавливает таймер SLA.
  leads disqualify LEAD_ID --reason TEXT --as EMAIL
  leads reassign LEAD_ID --to EMAIL --as EMAIL
                        Руководители (своей команды) и администраторы передают лид другому.
</translation>
    </message>
    <message>
        <source>&quot;simulate&quot; needs a scenario file.</source>
        <translation>Для &quot;simulate&quot; нужен файл сценария.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Не удаётся прочитать %1.</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <translation>%1 — не объект JSON: %2</translation>
    </message>
    <message>
        <source>There is no LeadRelay database at %1.</source>
        <translation>В %1 нет базы данных LeadRelay.</translation>
    </message>
    <message>
        <source>There is no user with the email %1.</source>
        <translation>Нет пользователя с эл. почтой %1.</translation>
    </message>
    <message>
        <source>The option --%1 does not apply to &quot;timers fire&quot;.</source>
        <translation>Параметр --%1 неприменим к &quot;timers fire&quot;.</translation>
    </message>
    <message>
        <source>--now needs an ISO time.</source>
        <translation>Для --now нужно время ISO.</translation>
    </message>
    <message>
        <source>The option --%1 does not apply to &quot;timers list&quot;.</source>
        <translation>Параметр --%1 неприменим к &quot;timers list&quot;.</translation>
    </message>
    <message>
        <source>Lead %1 does not exist or is not yours.</source>
        <translation>Лида %1 не существует или он не ваш.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1 %2&quot;.</source>
        <translation>Неизвестная команда &quot;%1 %2&quot;.</translation>
    </message>
    <message>
        <source>--type is call, email, meeting, note or sms.</source>
        <translation>--type — call, email, meeting, note или sms.</translation>
    </message>
    <message>
        <source>--to needs the email of a user.</source>
        <translation>Для --to нужна эл. почта пользователя.</translation>
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
        <translation>leadrelayctl: параметр --%1 здесь неприменим.</translation>
    </message>
    <message>
        <source>leadrelayctl: &quot;scoring&quot; needs a subcommand: rescore.</source>
        <translation>leadrelayctl: для &quot;scoring&quot; нужна подкоманда: rescore.</translation>
    </message>
    <message>
        <source>leadrelayctl: &quot;leads explain&quot; needs a lead id or email.</source>
        <translation>leadrelayctl: для &quot;leads explain&quot; нужен ID лида или эл. почта.</translation>
    </message>
    <message>
        <source>leadrelayctl: &quot;import events&quot; needs the file to read.</source>
        <translation>leadrelayctl: для &quot;import events&quot; нужен файл.</translation>
    </message>
    <message>
        <source>leadrelayctl: unexpected argument &quot;%1&quot;.</source>
        <translation>leadrelayctl: неожиданный аргумент &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>leadrelayctl: --format is text or json, not &quot;%1&quot;.</source>
        <translation>leadrelayctl: --format — text или json, а не &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>There is no LeadRelay database at %1.</source>
        <translation>В %1 нет базы данных LeadRelay.</translation>
    </message>
    <message>
        <source>Lead %1 &lt;%2&gt;: score %3 (%4)</source>
        <translation>Лид %1 &lt;%2&gt;: оценка %3 (%4)</translation>
    </message>
    <message>
        <source>Fit %1 · Intent %2 · Timing %3</source>
        <translation>Соответствие %1 · Намерение %2 · Своевременность %3</translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <translation>Следующий шаг: %1</translation>
    </message>
    <message>
        <source>Not scored yet.</source>
        <translation>Ещё не оценён.</translation>
    </message>
    <message>
        <source>Rules version %1, scored %2</source>
        <translation>Версия правил %1, оценён %2</translation>
    </message>
    <message>
        <source>  No rule fired.</source>
        <translation>  Ни одно правило не сработало.</translation>
    </message>
    <message>
        <source>History: %1</source>
        <translation>История: %1</translation>
    </message>
    <message>
        <source>There is no user with the email %1.</source>
        <translation>Нет пользователя с эл. почтой %1.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>Event %1: %2</source>
        <translation>Событие %1: %2</translation>
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
                        Почему у лида такая оценка: соответствие, намерение и своевременность,
                        сработавшие правила с фактом для каждого, класс, следующий шаг и история.
  import events FILE [--source NAME]
                        Импортировать поведенческие события (строки JSON или массив JSON из {&quot;email&quot; или
                        &quot;lead_id&quot;, &quot;type&quot;, &quot;url&quot;, &quot;at&quot;, ...}); каждое пересчитывает оценку своего лида;
                        события неизвестных людей ждут их появления. Выводит сводку JSON
                        {events, attached, kept, rejected, failed}; отказы — в stderr.
  scoring rescore [--all]
                        Привести оценки к активным правилам скоринга: только лиды, которых
                        могли коснуться изменения с последнего полного пересчёта, а с --all —
                        все лиды. Выводит {leads, scored, changed, rules_version}.
</translation>
    </message>
    <message>
        <source>Checked %1 of %2 leads, re-scored %3</source>
        <translation>Проверено лидов: %1 из %2, пересчитано: %3</translation>
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
    <name>lr::ui::ConditionBuilder</name>
    <message>
        <source>All of these hold</source>
        <translation>Выполняются все условия</translation>
    </message>
    <message>
        <source>Any of these holds</source>
        <translation>Выполняется любое из условий</translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation>Добавить условие</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>not</source>
        <translation>не</translation>
    </message>
    <message>
        <source>Holds when the test does not</source>
        <translation>Условие выполняется, если проверка не проходит</translation>
    </message>
    <message>
        <source>Behaviour events</source>
        <translation>Поведенческие события</translation>
    </message>
    <message>
        <source>any</source>
        <translation>любое</translation>
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
        <translation>URL содержит (необязательно)</translation>
    </message>
    <message>
        <source>any form</source>
        <translation>любая форма</translation>
    </message>
    <message>
        <source>at least </source>
        <translation>не менее </translation>
    </message>
    <message>
        <source>ever</source>
        <translation>за всё время</translation>
    </message>
    <message>
        <source>in </source>
        <translation>за </translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation>Удалить это условие</translation>
    </message>
    <message>
        <source>Values, separated by commas</source>
        <translation>Значения через запятую</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>Регулярное выражение</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
</context>
<context>
    <name>lr::ui::CurrencyDialog</name>
    <message>
        <source>Currencies</source>
        <translation>Валюты</translation>
    </message>
    <message>
        <source>Deals keep their own currency. Column sums, the forecast and the dashboard add them up in the home currency at these rates. A currency without a rate is added as it is, and a sum of several such currencies reads &quot;mixed&quot;.</source>
        <translation>Сделки сохраняют свою валюту. Суммы колонок, прогноз и панель показателей складывают их в основной валюте по этим курсам. Валюта без курса складывается как есть, а сумма нескольких таких валют помечается как «смешанная».</translation>
    </message>
    <message>
        <source>Add Currency</source>
        <translation>Добавить валюту</translation>
    </message>
    <message>
        <source>Remove Currency</source>
        <translation>Удалить валюту</translation>
    </message>
    <message>
        <source>Home currency</source>
        <translation>Основная валюта</translation>
    </message>
    <message>
        <source>Only an admin can change the exchange rates.</source>
        <translation>Только администратор может менять курсы валют.</translation>
    </message>
    <message>
        <source>Deals in %1 have no rate yet: their values are added as they are.</source>
        <translation>Для сделок в %1 ещё нет курса: их суммы складываются как есть.</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Units for 1 %1</source>
        <translation>Единиц за 1 %1</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Последнее изменение</translation>
    </message>
    <message>
        <source>Row %1: &quot;%2&quot; is not a currency code: use three capital letters, like PLN.</source>
        <translation>Строка %1: «%2» — не код валюты: используйте три заглавные буквы, например PLN.</translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation>%1 указана дважды.</translation>
    </message>
    <message>
        <source>The rate of %1, &quot;%2&quot;, is not a number above 0.</source>
        <translation>Курс %1, «%2», — не число больше 0.</translation>
    </message>
</context>
<context>
    <name>lr::ui::DashboardCharts</name>
    <message>
        <source>Leads</source>
        <translation>Лиды</translation>
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
        <translation>нет касания</translation>
    </message>
    <message>
        <source>Speed-to-lead distribution</source>
        <translation>Распределение скорости реакции</translation>
    </message>
    <message>
        <source>Median (min)</source>
        <translation>Медиана (мин)</translation>
    </message>
    <message>
        <source>Speed-to-lead by week (median minutes)</source>
        <translation>Скорость реакции по неделям (медиана, мин)</translation>
    </message>
    <message>
        <source>Target 5 min</source>
        <translation>Цель 5 мин</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Воронка</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Выиграно</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Возможность</translation>
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
        <translation>Доля выигранных, %</translation>
    </message>
    <message>
        <source>Win rate by rep (%)</source>
        <translation>Доля выигранных по продавцам (%)</translation>
    </message>
    <message>
        <source>Median days</source>
        <translation>Медиана, дн.</translation>
    </message>
    <message>
        <source>Mean days</source>
        <translation>Среднее, дн.</translation>
    </message>
    <message>
        <source>Sales cycle by rep (days)</source>
        <translation>Цикл продаж по продавцам (дни)</translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation>Нарушения</translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation>Эскалации</translation>
    </message>
    <message>
        <source>Reassignments</source>
        <translation>Переназначения</translation>
    </message>
    <message>
        <source>SLA breaches over time</source>
        <translation>Нарушения SLA по времени</translation>
    </message>
    <message>
        <source>Leads in New</source>
        <translation>Лиды в «Новый»</translation>
    </message>
    <message>
        <source>Leads left in New at end of day (target 0)</source>
        <translation>Лиды в «Новый» на конец дня (цель 0)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>Взвешенная</translation>
    </message>
    <message>
        <source>Open pipeline by stage</source>
        <translation>Открытая воронка по этапам</translation>
    </message>
    <message>
        <source>Weighted forecast</source>
        <translation>Взвешенный прогноз</translation>
    </message>
    <message>
        <source>Forecast by expected close month</source>
        <translation>Прогноз по месяцу ожидаемого закрытия</translation>
    </message>
</context>
<context>
    <name>lr::ui::DashboardPage</name>
    <message>
        <source>%1 d</source>
        <translation>%1 дн.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Дашборд</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Эта неделя</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Последние 30 дней</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Последние 90 дней</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>В этом квартале</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Произвольный</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Кампания</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Экспорт в PNG…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Экспорт в PDF…</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Изображения PNG (*.png)</translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation>Экспортировано: %1.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Не удалось записать %1.</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>By rep</source>
        <translation>По продавцам</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Продавец</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Лиды</translation>
    </message>
    <message>
        <source>Speed-to-lead</source>
        <translation>Скорость реакции</translation>
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
        <translation>Возможности</translation>
    </message>
    <message>
        <source>Hold rate</source>
        <translation>Доля состоявшихся</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Выиграно</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Проиграно</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Доля выигранных</translation>
    </message>
    <message>
        <source>Won value</source>
        <translation>Сумма выигранных</translation>
    </message>
    <message>
        <source>Cycle (median)</source>
        <translation>Цикл (медиана)</translation>
    </message>
    <message>
        <source>SLA breaches</source>
        <translation>Нарушения SLA</translation>
    </message>
    <message>
        <source>SLA reassignments</source>
        <translation>Переназначения по SLA</translation>
    </message>
    <message>
        <source>Meetings by source</source>
        <translation>Встречи по источникам</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Состоялись</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Неявка</translation>
    </message>
    <message>
        <source>No-show rate</source>
        <translation>Доля неявок</translation>
    </message>
    <message>
        <source>Quarantine by form</source>
        <translation>Карантин по формам</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Форма</translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>Заявки</translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation>В карантине</translation>
    </message>
    <message>
        <source>Quarantine rate</source>
        <translation>Доля карантина</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Все команды</translation>
    </message>
    <message>
        <source>All reps</source>
        <translation>Все продавцы</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Все источники</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Период заканчивается раньше начала.</translation>
    </message>
    <message>
        <source>Calculating…</source>
        <translation>Расчёт…</translation>
    </message>
    <message>
        <source>%1 – %2 · %3 · as of %4</source>
        <translation>%1 – %2 · %3 · на %4</translation>
    </message>
    <message>
        <source>LeadRelay dashboard</source>
        <translation>Дашборд LeadRelay</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Лид</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создан</translation>
    </message>
    <message>
        <source>First touch</source>
        <translation>Первое касание</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>ещё нет</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыта</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Цикл</translation>
    </message>
</context>
<context>
    <name>lr::ui::DashboardTable</name>
    <message>
        <source>Export CSV…</source>
        <translation>Экспорт в CSV…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Не удалось записать %1.</translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation>Экспортировано: %1.</translation>
    </message>
</context>
<context>
    <name>lr::ui::DealCardDelegate</name>
    <message>
        <source>%1 (mixed)</source>
        <translation>%1 (смешанная)</translation>
    </message>
    <message>
        <source>No value</source>
        <translation>Нет суммы</translation>
    </message>
    <message numerus="yes">
        <source>%n d in stage</source>
        <translation>
            <numerusform>%n дн. на этапе</numerusform>
            <numerusform>%n дн. на этапе</numerusform>
            <numerusform>%n дн. на этапе</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rotting · %n d idle</source>
        <translation>
            <numerusform>Застой · %n дн. без активности</numerusform>
            <numerusform>Застой · %n дн. без активности</numerusform>
            <numerusform>Застой · %n дн. без активности</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 %</source>
        <translation>%1 · %2 %</translation>
    </message>
    <message>
        <source>No next step</source>
        <translation>Нет следующего шага</translation>
    </message>
</context>
<context>
    <name>lr::ui::DealDetailPanel</name>
    <message>
        <source>Call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. почта</translation>
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
    <message>
        <source>Select a deal to see its details, history and activities.</source>
        <translation>Выберите сделку, чтобы увидеть её данные, историю и активности.</translation>
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
        <translation>&amp;Сохранить сделку</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>История этапов</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Активности</translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation>Открытые задачи</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>нет ответственного</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n day(s) there</source>
        <translation>
            <numerusform>%1, %n день на этапе</numerusform>
            <numerusform>%1, %n дня на этапе</numerusform>
            <numerusform>%1, %n дней на этапе</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 % probability</source>
        <translation>Вероятность %1 %</translation>
    </message>
    <message numerus="yes">
        <source>rotting: %n day(s) without activity</source>
        <translation>
            <numerusform>застой: %n день без активности</numerusform>
            <numerusform>застой: %n дня без активности</numerusform>
            <numerusform>застой: %n дней без активности</numerusform>
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
        <translation>создана на этапе %1</translation>
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
        <translation>Активностей пока нет.</translation>
    </message>
    <message>
        <source>No open task.</source>
        <translation>Нет открытых задач.</translation>
    </message>
    <message>
        <source>Close the details (Esc)</source>
        <translation>Закрыть подробности (Esc)</translation>
    </message>
    <message>
        <source>Close the details</source>
        <translation>Закрыть подробности</translation>
    </message>
</context>
<context>
    <name>lr::ui::DealFieldNames</name>
    <message>
        <source>ID in the other CRM</source>
        <translation>ID в другой CRM</translation>
    </message>
    <message>
        <source>Deal name</source>
        <translation>Название сделки</translation>
    </message>
    <message>
        <source>Owner (email or name)</source>
        <translation>Ответственный (эл. почта или имя)</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>Эл. почта контакта</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Status (open, won, lost)</source>
        <translation>Статус (open, won, lost)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Engaged (created) on</source>
        <translation>Начата (создана)</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Закрыта</translation>
    </message>
    <message>
        <source>Expected close date</source>
        <translation>Ожидаемая дата закрытия</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Продукт</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>Причина проигрыша</translation>
    </message>
</context>
<context>
    <name>lr::ui::DialogFileChooser</name>
    <message>
        <source>Import Leads</source>
        <translation>Импорт лидов</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Файлы CSV (*.csv *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Save Rejected Rows</source>
        <translation>Сохранить отклонённые строки</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>lr::ui::DrillDownDialog</name>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n запись</numerusform>
            <numerusform>%n записи</numerusform>
            <numerusform>%n записей</numerusform>
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
        <translation>Лид</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Возможный дубликат</translation>
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
        <translation>Дубликаты</translation>
    </message>
    <message>
        <source>&amp;Review and Merge…</source>
        <translation>&amp;Проверить и объединить…</translation>
    </message>
    <message>
        <source>Compare the two records field by field (Enter)</source>
        <translation>Сравнить две записи по полям (Enter)</translation>
    </message>
    <message>
        <source>&amp;Not a Duplicate</source>
        <translation>&amp;Не дубликат</translation>
    </message>
    <message>
        <source>Never offer this pair again (Delete)</source>
        <translation>Больше не предлагать эту пару (Delete)</translation>
    </message>
    <message>
        <source>&amp;Undo Merge</source>
        <translation>&amp;Отменить объединение</translation>
    </message>
    <message>
        <source>Restore the merged lead and the kept lead&apos;s old values (Ctrl+Z)</source>
        <translation>Восстановить объединённый лид и прежние значения сохранённого лида (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Возможные дубликаты</translation>
    </message>
    <message>
        <source>Recent merges</source>
        <translation>Последние объединения</translation>
    </message>
    <message numerus="yes">
        <source>%n open candidate</source>
        <translation>
            <numerusform>%n открытый кандидат</numerusform>
            <numerusform>%n открытых кандидата</numerusform>
            <numerusform>%n открытых кандидатов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open candidates</source>
        <translation>
            <numerusform>%n открытый кандидат</numerusform>
            <numerusform>%n открытых кандидата</numerusform>
            <numerusform>%n открытых кандидатов</numerusform>
        </translation>
    </message>
    <message>
        <source>Candidates found in %1 ms</source>
        <translation>Кандидаты найдены за %1 мс</translation>
    </message>
    <message>
        <source>%1 and %2 will not be offered as duplicates again.</source>
        <translation>%1 и %2 больше не будут предлагаться как дубликаты.</translation>
    </message>
    <message>
        <source>The merge was undone: %1 is back as a lead of its own.</source>
        <translation>Объединение отменено: %1 снова отдельный лид.</translation>
    </message>
    <message>
        <source>Duplicates that slipped past intake and were merged here later are the Dashboard&apos;s duplicate rate (target &lt; %1 %).</source>
        <translation>Дубликаты, прошедшие через приём и объединённые здесь позже, — это доля дубликатов на панели показателей (цель &lt; %1 %).</translation>
    </message>
    <message>
        <source>%1 (#%2) was merged into %3 (#%4). Undo Merge (Ctrl+Z) brings it back if that was wrong.</source>
        <translation>%1 (#%2) объединён с %3 (#%4). Если это ошибка, «Отменить объединение» (Ctrl+Z) вернёт запись.</translation>
    </message>
    <message>
        <source>Caught at intake (%1): no submissions yet</source>
        <translation>Отловлено при приёме (%1): заявок пока нет</translation>
    </message>
    <message>
        <source>Caught at intake (%1): %2 % — %3 of %4 submissions matched a known person and were merged instead of becoming a duplicate</source>
        <translation>Отловлено при приёме (%1): %2 % — заявки, совпавшие с известным человеком и объединённые вместо дубликата: %3 (всего заявок: %4)</translation>
    </message>
</context>
<context>
    <name>lr::ui::EnrichmentDialog</name>
    <message>
        <source>Enrichment</source>
        <translation>Обогащение</translation>
    </message>
    <message>
        <source>Company enrichment</source>
        <translation>Обогащение компаний</translation>
    </message>
    <message>
        <source>Fills empty company fields — name, employees, industry, revenue, country — from a local firmographics table or an HTTP JSON service. A value someone typed is never overwritten, and every filled field keeps its source and time. New leads are enriched from the local table as they arrive.</source>
        <translation>Заполняет пустые поля компании — название, число сотрудников, отрасль, выручку, страну — из локальной таблицы фирмографики или HTTP-сервиса JSON. Введённое вручную значение никогда не перезаписывается, а для каждого заполненного поля сохраняются источник и время. Новые лиды обогащаются из локальной таблицы по мере поступления.</translation>
    </message>
    <message>
        <source>Local firmographics table</source>
        <translation>Локальная таблица фирмографики</translation>
    </message>
    <message>
        <source>CSV file with Domain, Company, Employees, Industry, Revenue, Country</source>
        <translation>CSV-файл с Domain, Company, Employees, Industry, Revenue, Country</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Headers such as Website or URL, Company Name, Headcount (&quot;51-200&quot; works), Annual Revenue (&quot;2.5M&quot;, &quot;$750k&quot;) and Country or Country code are recognised. Importing again updates known domains.</source>
        <translation>Распознаются заголовки вроде Website или URL, Company Name, Headcount (&quot;51-200&quot; подходит), Annual Revenue (&quot;2.5M&quot;, &quot;$750k&quot;) и Country или Country code. Повторный импорт обновляет известные домены.</translation>
    </message>
    <message>
        <source>HTTP JSON provider (optional)</source>
        <translation>HTTP-провайдер JSON (необязательно)</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> мс</translation>
    </message>
    <message>
        <source>Save Settings</source>
        <translation>Сохранить настройки</translation>
    </message>
    <message>
        <source>Retries:</source>
        <translation>Повторы:</translation>
    </message>
    <message>
        <source>URL template:</source>
        <translation>Шаблон URL:</translation>
    </message>
    <message>
        <source>Timeout:</source>
        <translation>Тайм-аут:</translation>
    </message>
    <message>
        <source>{domain} is replaced by the company&apos;s domain. 404 means unknown; timeouts and server errors are retried with a growing pause.</source>
        <translation>{domain} заменяется доменом компании. 404 означает «неизвестно»; при тайм-аутах и ошибках сервера запрос повторяется с растущей паузой.</translation>
    </message>
    <message>
        <source>Enrich now</source>
        <translation>Обогатить сейчас</translation>
    </message>
    <message>
        <source>HTTP JSON provider</source>
        <translation>HTTP-провайдер JSON</translation>
    </message>
    <message>
        <source>Enrich Now</source>
        <translation>Обогатить сейчас</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>Провайдер:</translation>
    </message>
    <message>
        <source>Companies in the table: %1</source>
        <translation>Компаний в таблице: %1</translation>
    </message>
    <message>
        <source>The table is empty: import a CSV file to start.</source>
        <translation>Таблица пуста: для начала импортируйте CSV-файл.</translation>
    </message>
    <message>
        <source>Waiting for enrichment (empty fields, not tried recently): %1</source>
        <translation>Ожидают обогащения (пустые поля, давно не проверялись): %1</translation>
    </message>
    <message>
        <source>No company is waiting for enrichment.</source>
        <translation>Нет компаний, ожидающих обогащения.</translation>
    </message>
    <message>
        <source>Import Firmographics</source>
        <translation>Импорт фирмографики</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Файлы CSV (*.csv *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Rows read: %1 — new: %2, updated: %3, rejected: %4.</source>
        <translation>Прочитано строк: %1 — новых: %2, обновлено: %3, отклонено: %4.</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… и ещё %1.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Строка %1: %2</translation>
    </message>
    <message>
        <source>Columns not used: %1</source>
        <translation>Неиспользуемые столбцы: %1</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Настройки сохранены.</translation>
    </message>
    <message>
        <source>Fix the HTTP provider settings first.</source>
        <translation>Сначала исправьте настройки HTTP-провайдера.</translation>
    </message>
    <message>
        <source>Looked up: %1 — enriched: %2 (company fields: %3, lead fields: %4), not found: %5, failed: %6.</source>
        <translation>Проверено: %1 — обогащено: %2 (поля компании: %3, поля лида: %4), не найдено: %5, ошибок: %6.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <source>First error: %1</source>
        <translation>Первая ошибка: %1</translation>
    </message>
</context>
<context>
    <name>lr::ui::ExitCriteriaDialog</name>
    <message>
        <source>Move to %1</source>
        <translation>Перемещение в %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; needs a few details before it can enter &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>Для перехода &lt;b&gt;%1&lt;/b&gt; на этап &lt;b&gt;%2&lt;/b&gt; нужно указать ещё несколько данных.</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Выберите причину…</translation>
    </message>
    <message>
        <source>e.g. 12500 (%1)</source>
        <translation>например, 12500 (%1)</translation>
    </message>
    <message>
        <source>billing@company.com</source>
        <translation>billing@company.com</translation>
    </message>
    <message>
        <source>Name and role, e.g. Jana Novak (CFO)</source>
        <translation>Имя и роль, например Яна Новак (финансовый директор)</translation>
    </message>
    <message>
        <source>e.g. DE123456789</source>
        <translation>например, DE123456789</translation>
    </message>
</context>
<context>
    <name>lr::ui::FirstAdminDialog</name>
    <message>
        <source>Set Up LeadRelay</source>
        <translation>Настройка LeadRelay</translation>
    </message>
    <message>
        <source>Nobody can sign in to this database yet</source>
        <translation>В эту базу пока никто не может войти</translation>
    </message>
    <message>
        <source>Create the administrator who sets LeadRelay up. They add the reps and managers on the Team page, and configure scoring, routing and SLAs under Rules.</source>
        <translation>Создайте администратора, который настроит LeadRelay. Он добавит менеджеров по продажам и руководителей на странице «Команда», а оценку, распределение и SLA настроит в разделе «Правила».</translation>
    </message>
    <message>
        <source>Create and Sign In</source>
        <translation>Создать и войти</translation>
    </message>
</context>
<context>
    <name>lr::ui::ForecastStrip</name>
    <message>
        <source>Weighted forecast</source>
        <translation>Взвешенный прогноз</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Не назначен</translation>
    </message>
    <message>
        <source>%1 of %2 open</source>
        <translation>%1 из %2 открытых</translation>
    </message>
    <message>
        <source>Overdue / no date</source>
        <translation>Просрочено / без даты</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Позже</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) · %1</source>
        <translation>
            <numerusform>%n сделка · %1</numerusform>
            <numerusform>%n сделки · %1</numerusform>
            <numerusform>%n сделок · %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No deals</source>
        <translation>Нет сделок</translation>
    </message>
    <message>
        <source>Weighted by owner:</source>
        <translation>Взвешенно по ответственным:</translation>
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
    <name>lr::ui::HygieneListModel</name>
    <message>
        <source>Stored as %1</source>
        <translation>Сохранено как %1</translation>
    </message>
    <message>
        <source>Domain or address</source>
        <translation>Домен или адрес</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Кем добавлено</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Добавлено</translation>
    </message>
</context>
<context>
    <name>lr::ui::HygieneListsPanel</name>
    <message>
        <source>Submissions from these domains (and their subdomains) are quarantined as throwaway addresses, on top of the shipped list.</source>
        <translation>Заявки с этих доменов (и их поддоменов) помещаются в карантин как одноразовые адреса — в дополнение к встроенному списку.</translation>
    </message>
    <message>
        <source>Personal mail domains: the lead is kept, but the domain is never taken as the company&apos;s and never used to match people.</source>
        <translation>Домены личной почты: лид сохраняется, но домен никогда не считается доменом компании и не используется для сопоставления людей.</translation>
    </message>
    <message>
        <source>Company domains that a shipped list calls disposable or free-mail, for example a customer whose domain is on the throwaway list.</source>
        <translation>Домены компаний, которые встроенный список считает одноразовыми или бесплатными, например клиент, чей домен попал в список одноразовых.</translation>
    </message>
    <message>
        <source>Single junk addresses (bots, test accounts): their submissions are quarantined.</source>
        <translation>Отдельные мусорные адреса (боты, тестовые учётные записи): их заявки помещаются в карантин.</translation>
    </message>
    <message>
        <source>Search this list</source>
        <translation>Поиск по списку</translation>
    </message>
    <message>
        <source>Why (optional)</source>
        <translation>Причина (необязательно)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Remove Selected</source>
        <translation>Удалить выбранные</translation>
    </message>
    <message>
        <source>List:</source>
        <translation>Список:</translation>
    </message>
    <message>
        <source>Address, e.g. bot@firma.de</source>
        <translation>Адрес, например bot@firma.de</translation>
    </message>
    <message>
        <source>Domain, e.g. firma.de or bücher.de</source>
        <translation>Домен, например firma.de или bücher.de</translation>
    </message>
    <message>
        <source>%1 added to &quot;%2&quot;.</source>
        <translation>%1 добавлен в &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Select the entries to remove first.</source>
        <translation>Сначала выберите записи для удаления.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n entry(ies).</source>
        <translation>
            <numerusform>Удалена %n запись.</numerusform>
            <numerusform>Удалено %n записи.</numerusform>
            <numerusform>Удалено %n записей.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lr::ui::ImportFilePage</name>
    <message>
        <source>Choose a leads file</source>
        <translation>Выберите файл лидов</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Лиды</translation>
    </message>
    <message>
        <source>Deals from another CRM</source>
        <translation>Сделки из другой CRM</translation>
    </message>
    <message>
        <source>Deals: an opportunities export from HubSpot, Pipedrive, Salesforce or a spreadsheet. Missing companies and owners are created; won and lost deals keep their dates.</source>
        <translation>Сделки: экспорт сделок из HubSpot, Pipedrive, Salesforce или таблицы. Недостающие компании и ответственные создаются; выигранные и проигранные сделки сохраняют свои даты.</translation>
    </message>
    <message>
        <source>Path of a .csv file</source>
        <translation>Путь к файлу .csv</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>&amp;The file holds:</source>
        <translation>&amp;Содержимое файла:</translation>
    </message>
    <message>
        <source>Choose a deals file</source>
        <translation>Выберите файл сделок</translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation>Файл ещё не выбран.</translation>
    </message>
    <message>
        <source>UTF-8 with byte order mark</source>
        <translation>UTF-8 с меткой порядка байтов</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message numerus="yes">
        <source>the first %n row(s)</source>
        <translation>
            <numerusform>первая %n строка</numerusform>
            <numerusform>первые %n строки</numerusform>
            <numerusform>первые %n строк</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>all %n row(s)</source>
        <translation>
            <numerusform>вся %n строка</numerusform>
            <numerusform>все %n строки</numerusform>
            <numerusform>все %n строк</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4 separated · %5 columns · showing %6</source>
        <translation>%1 · %2 · %3 · разделитель: %4 · столбцов: %5 · показано: %6</translation>
    </message>
    <message>
        <source>%1 (not UTF-8; read in this Windows code page)</source>
        <translation>%1 (не UTF-8; прочитан в этой кодовой странице Windows)</translation>
    </message>
    <message>
        <source>UTF-16 (Unicode text, as Excel saves it)</source>
        <translation>UTF-16 (текст в Юникоде, как его сохраняет Excel)</translation>
    </message>
    <message>
        <source>A CSV export from a CRM, an ads platform or a spreadsheet, in UTF-8, UTF-16 or a Windows code page, with any separator. You can also drop the file here.</source>
        <translation>CSV-экспорт из CRM, рекламной платформы или таблицы, в UTF-8, UTF-16 или кодовой странице Windows, с любым разделителем. Файл также можно перетащить сюда.</translation>
    </message>
    <message numerus="yes">
        <source>header on line %1: the %n row(s) above it are not imported</source>
        <translation>
            <numerusform>заголовок на строке %1: %n строка над ним не импортируется</numerusform>
            <numerusform>заголовок на строке %1: %n строки над ним не импортируются</numerusform>
            <numerusform>заголовок на строке %1: %n строк над ним не импортируются</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lr::ui::ImportMappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>Сопоставьте столбцы</translation>
    </message>
    <message>
        <source>Choose what each column of the file becomes. Recognised columns are already chosen; columns left on &quot;Do not import&quot; are kept in the intake journal only.</source>
        <translation>Выберите, чем станет каждый столбец файла. Распознанные столбцы уже выбраны; столбцы с вариантом &quot;Не импортировать&quot; сохраняются только в журнале приёма.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Столбец в файле</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Первое значение</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Импортировать как</translation>
    </message>
    <message>
        <source>Names the list in the journal and on each lead&apos;s form field. Use a lead source such as ads, event or referral to set the leads&apos; source.</source>
        <translation>Название списка в журнале и в поле формы каждого лида. Укажите источник лида, например ads, event или referral, чтобы задать источник лидов.</translation>
    </message>
    <message>
        <source>Won=Closed Won; Lost=Closed Lost; Demo=Discovery Booked</source>
        <translation>Won=Closed Won; Lost=Closed Lost; Demo=Discovery Booked</translation>
    </message>
    <message>
        <source>Stages the other CRM names differently. Usual names (HubSpot, Pipedrive, Salesforce) are recognised; rows with an unknown stage are reported.</source>
        <translation>Этапы, которые в другой CRM называются иначе. Обычные названия (HubSpot, Pipedrive, Salesforce) распознаются; о строках с неизвестным этапом сообщается.</translation>
    </message>
    <message>
        <source>&amp;Source name:</source>
        <translation>&amp;Название источника:</translation>
    </message>
    <message>
        <source>S&amp;tage names:</source>
        <translation>Названия &amp;этапов:</translation>
    </message>
    <message>
        <source>Do not import</source>
        <translation>Не импортировать</translation>
    </message>
    <message>
        <source>%1 is chosen for more than one column (%2). Pick one of them.</source>
        <translation>%1 выбрано для нескольких столбцов (%2). Выберите один из них.</translation>
    </message>
    <message>
        <source>Choose the column with the deal name, the company or the other CRM&apos;s ID.</source>
        <translation>Выберите столбец с названием сделки, компанией или ID из другой CRM.</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) will be imported.</source>
        <translation>
            <numerusform>Будет импортирован %n столбец.</numerusform>
            <numerusform>Будет импортировано %n столбца.</numerusform>
            <numerusform>Будет импортировано %n столбцов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Email is required: choose the column that holds the email address.</source>
        <translation>Эл. почта обязательна: выберите столбец с адресом эл. почты.</translation>
    </message>
    <message>
        <source>Write stage names as Exported=LeadRelay, separated by semicolons, not &quot;%1&quot;.</source>
        <translation>Укажите названия этапов в виде Exported=LeadRelay через точку с запятой, а не &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (where it is empty: %2)</source>
        <translation>«%1» (где он пуст: %2)</translation>
    </message>
    <message numerus="yes">
        <source>Email comes from %1. %n column(s) will be imported.</source>
        <translation>
            <numerusform>Эл. почта берётся из %1. Будет импортирован %n столбец.</numerusform>
            <numerusform>Эл. почта берётся из %1. Будет импортировано %n столбца.</numerusform>
            <numerusform>Эл. почта берётся из %1. Будет импортировано %n столбцов.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lr::ui::ImportProgressPage</name>
    <message>
        <source>Importing</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Every row is journaled first, then checked, deduplicated and created or merged. You can keep working in the main window.</source>
        <translation>Каждая строка сначала записывается в журнал, затем проверяется, очищается от дубликатов и создаётся или объединяется. Вы можете продолжать работу в главном окне.</translation>
    </message>
    <message>
        <source>&amp;Stop Import</source>
        <translation>&amp;Остановить импорт</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Запуск…</translation>
    </message>
    <message>
        <source>%1 rows read: %2 created, %3 merged, %4 quarantined.</source>
        <translation>Прочитано строк: %1; создано: %2, объединено: %3, в карантине: %4.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Остановка…</translation>
    </message>
</context>
<context>
    <name>lr::ui::ImportSummaryPage</name>
    <message>
        <source>Import summary</source>
        <translation>Итоги импорта</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Отклонённые строки</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Save &amp;Rejected Rows…</source>
        <translation>Сохранить &amp;отклонённые строки…</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Ничего не импортировано: %1</translation>
    </message>
    <message>
        <source>the import did not run.</source>
        <translation>импорт не выполнялся.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Import stopped.&lt;/b&gt; The %1 rows read before you stopped were imported and are kept; the rest of the file was not read.</source>
        <translation>&lt;b&gt;Импорт остановлен.&lt;/b&gt; Строки, прочитанные до остановки (%1), импортированы и сохранены; остальная часть файла не прочитана.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Import finished.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Импорт завершён.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Rows: %1 · deals created: %2 · updated from an earlier import: %3 · rejected: %4</source>
        <translation>Строк: %1 · создано сделок: %2 · обновлено из прежнего импорта: %3 · отклонено: %4</translation>
    </message>
    <message>
        <source>Rows: %1 · created: %2 · merged into existing leads: %3 · quarantined: %4</source>
        <translation>Строк: %1 · создано: %2 · объединено с существующими лидами: %3 · в карантине: %4</translation>
    </message>
    <message>
        <source>Columns not imported: %1</source>
        <translation>Неимпортированные столбцы: %1</translation>
    </message>
    <message>
        <source>Columns not imported (kept in the intake journal): %1</source>
        <translation>Неимпортированные столбцы (сохранены в журнале приёма): %1</translation>
    </message>
    <message>
        <source>No row was rejected.</source>
        <translation>Ни одна строка не отклонена.</translation>
    </message>
    <message>
        <source>-rejected</source>
        <translation>-rejected</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n row(s) with their reasons to %1.</source>
        <translation>
            <numerusform>Сохранена %n строка с причинами в %1.</numerusform>
            <numerusform>Сохранено %n строки с причинами в %1.</numerusform>
            <numerusform>Сохранено %n строк с причинами в %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n imported row(s) had something left out:</source>
        <translation>
            <numerusform>В %n импортированной строке что-то пропущено:</numerusform>
            <numerusform>В %n импортированных строках что-то пропущено:</numerusform>
            <numerusform>В %n импортированных строках что-то пропущено:</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Строка %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more, in the intake journal.</source>
        <translation>
            <numerusform>… и ещё %n строка — в журнале приёма.</numerusform>
            <numerusform>… и ещё %n строки — в журнале приёма.</numerusform>
            <numerusform>… и ещё %n строк — в журнале приёма.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) above the header were not imported: %1</source>
        <translation>
            <numerusform>%n строка над заголовком не импортирована: %1</numerusform>
            <numerusform>%n строки над заголовком не импортированы: %1</numerusform>
            <numerusform>%n строк над заголовком не импортированы: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lr::ui::ImportWizard</name>
    <message>
        <source>Import Leads</source>
        <translation>Импорт лидов</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>Import Deals</source>
        <translation>Импорт сделок</translation>
    </message>
    <message>
        <source>Cannot open the store for the import: %1</source>
        <translation>Не удаётся открыть хранилище для импорта: %1</translation>
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
        <translation>просрочено на %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>осталось %1</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Лид</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
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
        <translation>Записать звонок</translation>
    </message>
    <message>
        <source>Log email</source>
        <translation>Записать письмо</translation>
    </message>
    <message>
        <source>Log meeting</source>
        <translation>Записать встречу</translation>
    </message>
    <message>
        <source>Reason to disqualify</source>
        <translation>Причина дисквалификации</translation>
    </message>
    <message>
        <source>Disqualify</source>
        <translation>Дисквалифицировать</translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation>Переназначить</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Показать:</translation>
    </message>
    <message>
        <source>My leads</source>
        <translation>Мои лиды</translation>
    </message>
    <message>
        <source>My team</source>
        <translation>Моя команда</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Нарушен SLA</translation>
    </message>
    <message>
        <source>%1 logged; the SLA clock stopped.</source>
        <translation>%1 записан; таймер SLA остановлен.</translation>
    </message>
    <message>
        <source>Lead disqualified.</source>
        <translation>Лид дисквалифицирован.</translation>
    </message>
    <message>
        <source>Lead reassigned to %1.</source>
        <translation>Лид переназначен на %1.</translation>
    </message>
</context>
<context>
    <name>lr::ui::IntakeActions</name>
    <message>
        <source>&amp;New Lead…</source>
        <translation>&amp;Новый лид…</translation>
    </message>
    <message>
        <source>Type in a lead from a call, a chat or a referral</source>
        <translation>Ввести лид из звонка, чата или по рекомендации</translation>
    </message>
    <message>
        <source>&amp;Import Leads…</source>
        <translation>&amp;Импорт лидов…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Настройки сохранены.</translation>
    </message>
</context>
<context>
    <name>lr::ui::IntakePage</name>
    <message>
        <source>Lead #%1 created.</source>
        <translation>Лид #%1 создан.</translation>
    </message>
    <message>
        <source>Merged into lead #%1.</source>
        <translation>Объединён с лидом #%1.</translation>
    </message>
    <message>
        <source>Still quarantined: %1</source>
        <translation>Всё ещё в карантине: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Ошибка: %1</translation>
    </message>
    <message>
        <source>Rejected Submissions</source>
        <translation>Отклонённые заявки</translation>
    </message>
    <message>
        <source>Domain Lists</source>
        <translation>Списки доменов</translation>
    </message>
    <message>
        <source>No rejected submissions match. Every submission made it in.</source>
        <translation>Нет подходящих отклонённых заявок. Все заявки приняты.</translation>
    </message>
    <message>
        <source>Re-process Selected</source>
        <translation>Обработать выбранные повторно</translation>
    </message>
    <message>
        <source>Run the selected submissions through intake again as they are, for example after a domain list changed.</source>
        <translation>Повторно пропустить выбранные заявки через приём без изменений, например после изменения списка доменов.</translation>
    </message>
    <message>
        <source>Discard Selected</source>
        <translation>Удалить выбранные</translation>
    </message>
    <message>
        <source>Intake review</source>
        <translation>Проверка приёма</translation>
    </message>
    <message>
        <source>Search reason, form or submitted text</source>
        <translation>Поиск по причине, форме или тексту заявки</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Все каналы</translation>
    </message>
    <message>
        <source>Show discarded</source>
        <translation>Показать удалённые</translation>
    </message>
    <message>
        <source>All forms</source>
        <translation>Все формы</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>All reasons</source>
        <translation>Все причины</translation>
    </message>
    <message numerus="yes">
        <source>%n rejected submission(s) waiting for review</source>
        <translation>
            <numerusform>%n отклонённая заявка ожидает проверки</numerusform>
            <numerusform>%n отклонённые заявки ожидают проверки</numerusform>
            <numerusform>%n отклонённых заявок ожидают проверки</numerusform>
        </translation>
    </message>
    <message>
        <source> · %1 shown</source>
        <translation> · показано: %1</translation>
    </message>
    <message>
        <source>Submission #%1: %2</source>
        <translation>Заявка #%1: %2</translation>
    </message>
    <message>
        <source>Discarded. It stays in the journal; tick &quot;Show discarded&quot; to see it.</source>
        <translation>Удалено. Запись остаётся в журнале; отметьте &quot;Показать удалённые&quot;, чтобы её увидеть.</translation>
    </message>
    <message>
        <source>Submission #%1 discarded.</source>
        <translation>Заявка #%1 удалена.</translation>
    </message>
    <message>
        <source>Select the submissions to re-process first.</source>
        <translation>Сначала выберите заявки для повторной обработки.</translation>
    </message>
    <message>
        <source>Re-processed %1: %2 created, %3 merged, %4 still quarantined, %5 failed.</source>
        <translation>Повторно обработано %1: создано %2, объединено %3, всё ещё в карантине %4, ошибок %5.</translation>
    </message>
    <message>
        <source>Select the submissions to discard first.</source>
        <translation>Сначала выберите заявки для удаления.</translation>
    </message>
    <message numerus="yes">
        <source>Discarded %n submission(s).</source>
        <translation>
            <numerusform>Удалена %n заявка.</numerusform>
            <numerusform>Удалено %n заявки.</numerusform>
            <numerusform>Удалено %n заявок.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lr::ui::KpiTile</name>
    <message>
        <source>No figure for the previous period</source>
        <translation>Нет значения за предыдущий период</translation>
    </message>
    <message>
        <source>Up from the previous period</source>
        <translation>Выше, чем в предыдущем периоде</translation>
    </message>
    <message>
        <source>Down from the previous period</source>
        <translation>Ниже, чем в предыдущем периоде</translation>
    </message>
    <message>
        <source>As in the previous period</source>
        <translation>Как в предыдущем периоде</translation>
    </message>
    <message>
        <source>Click to see the records behind this figure</source>
        <translation>Нажмите, чтобы увидеть записи за этим показателем</translation>
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
    <message>
        <source>Close the details (Esc)</source>
        <translation>Закрыть подробности (Esc)</translation>
    </message>
    <message>
        <source>Close the details</source>
        <translation>Закрыть подробности</translation>
    </message>
</context>
<context>
    <name>lr::ui::LeadEntryDialog</name>
    <message>
        <source>New Lead</source>
        <translation>Новый лид</translation>
    </message>
    <message>
        <source>New lead</source>
        <translation>Новый лид</translation>
    </message>
    <message>
        <source>A lead from a call, a chat or a referral. Only the email is required; it is checked as you type, like every web form and import.</source>
        <translation>Лид из звонка, чата или по рекомендации. Обязательна только эл. почта; она проверяется по мере ввода, как в любой веб-форме и при импорте.</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <source>name@company.com (required)</source>
        <translation>name@company.com (обязательно)</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>+48 601 234 567, or local with a country</source>
        <translation>+48 601 234 567 или местный номер со страной</translation>
    </message>
    <message>
        <source>C&amp;ompany:</source>
        <translation>К&amp;омпания:</translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation>&amp;Должность:</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>Ст&amp;рана:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Источник:</translation>
    </message>
    <message>
        <source>Company size, use case or budget range</source>
        <translation>Размер компании, сценарий использования или диапазон бюджета</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Вопрос:</translation>
    </message>
    <message>
        <source>Add Lead</source>
        <translation>Добавить лид</translation>
    </message>
</context>
<context>
    <name>lr::ui::LeadFieldNames</name>
    <message>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Полное имя</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Company website or domain</source>
        <translation>Сайт или домен компании</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Мобильный телефон</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Должность</translation>
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
        <source>Lead source</source>
        <translation>Источник лида</translation>
    </message>
    <message>
        <source>UTM source</source>
        <translation>UTM source</translation>
    </message>
    <message>
        <source>UTM medium</source>
        <translation>UTM medium</translation>
    </message>
    <message>
        <source>UTM campaign</source>
        <translation>UTM campaign</translation>
    </message>
    <message>
        <source>Landing page</source>
        <translation>Целевая страница</translation>
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
        <source>Submitted at</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <source>Qualifying question</source>
        <translation>Квалифицирующий вопрос</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Сотрудники</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Отрасль</translation>
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
    <message>
        <source>Show leads of one score class</source>
        <translation>Показать лиды выбранного класса оценки</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>Все классы</translation>
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
    <message>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Класс</translation>
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
    <message>
        <source>Intake</source>
        <translation>Приём</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Дубликаты</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Воронка</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>Распределение</translation>
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
        <translation>Дашборд</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Входящие</translation>
    </message>
    <message>
        <source>My day</source>
        <translation>Мой день</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Инструменты</translation>
    </message>
    <message>
        <source>&amp;Enrichment…</source>
        <translation>&amp;Обогащение…</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>Скоринг</translation>
    </message>
    <message>
        <source>&amp;Currencies…</source>
        <translation>&amp;Валюты…</translation>
    </message>
</context>
<context>
    <name>lr::ui::MergeDialog</name>
    <message>
        <source>%1 · #%2 · created %3</source>
        <translation>%1 · #%2 · создан %3</translation>
    </message>
    <message>
        <source>Merge Leads</source>
        <translation>Объединение лидов</translation>
    </message>
    <message>
        <source>Choose the value to keep for each field that differs. The record created first keeps its id, history and attribution; the other one is merged into it. A merge can be undone from Recent merges.</source>
        <translation>Выберите значение, которое нужно сохранить, для каждого отличающегося поля. Запись, созданная первой, сохраняет свой ID, историю и атрибуцию; другая объединяется с ней. Объединение можно отменить в «Последних объединениях».</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Объединить</translation>
    </message>
    <message>
        <source>Kept record</source>
        <translation>Сохраняемая запись</translation>
    </message>
    <message>
        <source>Merged into it</source>
        <translation>Объединяется с ней</translation>
    </message>
    <message>
        <source>Proposed because</source>
        <translation>Предложено, потому что</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <source>The two records hold the same values.</source>
        <translation>Обе записи содержат одинаковые значения.</translation>
    </message>
    <message>
        <source>Same in both: %1</source>
        <translation>Совпадает в обеих: %1</translation>
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
        <translation>Объединено</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Сохранено</translation>
    </message>
    <message>
        <source>Merged into it</source>
        <translation>Объединяется с ней</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Кем</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
</context>
<context>
    <name>lr::ui::MetricsLoader</name>
    <message>
        <source>Cannot open the store for the dashboard: %1</source>
        <translation>Не удаётся открыть хранилище для дашборда: %1</translation>
    </message>
</context>
<context>
    <name>lr::ui::MyDayPage</name>
    <message>
        <source>Connected</source>
        <translation>Дозвонились</translation>
    </message>
    <message>
        <source>Left voicemail</source>
        <translation>Оставлено голосовое сообщение</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Нет ответа</translation>
    </message>
    <message>
        <source>Meeting booked</source>
        <translation>Встреча назначена</translation>
    </message>
    <message>
        <source>Not interested</source>
        <translation>Не заинтересован</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Выполнить</translation>
    </message>
    <message>
        <source>Escalations today</source>
        <translation>Эскалации сегодня</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Результат:</translation>
    </message>
    <message>
        <source>%1 overdue · %2 due now · %3 later</source>
        <translation>%1 просрочено · %2 на сейчас · %3 позже</translation>
    </message>
    <message numerus="yes">
        <source>Escalations today: %n SLA breach(es)</source>
        <translation>
            <numerusform>Эскалации сегодня: %n нарушение SLA</numerusform>
            <numerusform>Эскалации сегодня: %n нарушения SLA</numerusform>
            <numerusform>Эскалации сегодня: %n нарушений SLA</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reassigned for breach</source>
        <translation>
            <numerusform>%n переназначен из-за нарушения</numerusform>
            <numerusform>%n переназначены из-за нарушения</numerusform>
            <numerusform>%n переназначены из-за нарушения</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <translation>%1 → %2: %3</translation>
    </message>
    <message>
        <source>SLA breached %1: %2 (%3)</source>
        <translation>SLA нарушен в %1: %2 (%3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Reassigned for SLA breach, %1: %2 (%n in all)</source>
        <translation>
            <numerusform>Переназначено из-за нарушения SLA, %1: %2 (всего %n)</numerusform>
            <numerusform>Переназначено из-за нарушения SLA, %1: %2 (всего %n)</numerusform>
            <numerusform>Переназначено из-за нарушения SLA, %1: %2 (всего %n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lr::ui::NotificationCenter</name>
    <message>
        <source>Mark all read</source>
        <translation>Отметить все как прочитанные</translation>
    </message>
    <message>
        <source>LeadRelay</source>
        <translation>LeadRelay</translation>
    </message>
    <message numerus="yes">
        <source>Notifications (%n unread)</source>
        <translation>
            <numerusform>Уведомления (%n непрочитанное)</numerusform>
            <numerusform>Уведомления (%n непрочитанных)</numerusform>
            <numerusform>Уведомления (%n непрочитанных)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lr::ui::PersonFields</name>
    <message>
        <source>First and last name</source>
        <translation>Имя и фамилия</translation>
    </message>
    <message>
        <source>name@company.com: they sign in with it</source>
        <translation>name@company.com: с ним выполняется вход</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
</context>
<context>
    <name>lr::ui::PipelinePage</name>
    <message>
        <source>Pipeline</source>
        <translation>Воронка</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Ответственный:</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>Команда:</translation>
    </message>
    <message>
        <source>Pipeline:</source>
        <translation>Воронка:</translation>
    </message>
    <message>
        <source>Edit &amp;Stages…</source>
        <translation>Изменить &amp;этапы…</translation>
    </message>
    <message>
        <source>Move Deal to &amp;Next Stage</source>
        <translation>Переместить сделку на &amp;следующий этап</translation>
    </message>
    <message>
        <source>Move Deal to &amp;Previous Stage</source>
        <translation>Переместить сделку на &amp;предыдущий этап</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Все команды</translation>
    </message>
    <message>
        <source>Stages saved.</source>
        <translation>Этапы сохранены.</translation>
    </message>
    <message>
        <source>Whole team</source>
        <translation>Вся команда</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>My team</source>
        <translation>Моя команда</translation>
    </message>
    <message numerus="yes">
        <source>%n open deal(s) · drag a card to another stage, or select it and press %1 / %2</source>
        <translation>
            <numerusform>%n открытая сделка · перетащите карточку на другой этап или выберите её и нажмите %1 / %2</numerusform>
            <numerusform>%n открытые сделки · перетащите карточку на другой этап или выберите её и нажмите %1 / %2</numerusform>
            <numerusform>%n открытых сделок · перетащите карточку на другой этап или выберите её и нажмите %1 / %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The move was cancelled.</source>
        <translation>Перемещение отменено.</translation>
    </message>
    <message>
        <source>Select a deal first.</source>
        <translation>Сначала выберите сделку.</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Переместить в</translation>
    </message>
</context>
<context>
    <name>lr::ui::PipelineRulesTab</name>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>Ghost-buster for stalled deals</source>
        <translation>Обработка зависших сделок</translation>
    </message>
    <message>
        <source>Send a break-up task, then close silent deals as lost</source>
        <translation>Отправить задачу на прощальное письмо, затем закрыть молчащие сделки как проигранные</translation>
    </message>
    <message>
        <source>Deal unchanged for:</source>
        <translation>Сделка без изменений:</translation>
    </message>
    <message>
        <source>and no activity for:</source>
        <translation>и без активности:</translation>
    </message>
    <message>
        <source>Close as lost after the break-up:</source>
        <translation>Закрыть как проигранную после прощального письма через:</translation>
    </message>
    <message>
        <source>Lost reason:</source>
        <translation>Причина проигрыша:</translation>
    </message>
    <message>
        <source>Alerts and follow-ups</source>
        <translation>Оповещения и повторные контакты</translation>
    </message>
    <message>
        <source>Alert the owner when a deal outstays its stage&apos;s stale limit (Negotiation: 30 days)</source>
        <translation>Оповещать ответственного, когда сделка превышает срок устаревания этапа (Переговоры: 30 дней)</translation>
    </message>
    <message>
        <source>Check in again after a deal lost for timing or budget</source>
        <translation>Повторно связаться после сделки, проигранной из-за сроков или бюджета</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>After a won deal: hand-off tasks and an account review</source>
        <translation>После выигранной сделки: задачи на передачу и обзор клиента</translation>
    </message>
    <message>
        <source>Comma separated. kickoff_call, onboarding_handoff and billing_details are translated; other text is used as written.</source>
        <translation>Через запятую. kickoff_call, onboarding_handoff и billing_details переводятся; остальной текст используется как есть.</translation>
    </message>
    <message>
        <source>Lost for timing: check in after</source>
        <translation>Проиграна из-за сроков: связаться через</translation>
    </message>
    <message>
        <source>Lost for budget: check in after</source>
        <translation>Проиграна из-за бюджета: связаться через</translation>
    </message>
    <message>
        <source>Hand-off tasks:</source>
        <translation>Задачи на передачу:</translation>
    </message>
    <message>
        <source>Account review after:</source>
        <translation>Обзор клиента через:</translation>
    </message>
    <message>
        <source>&amp;Save Pipeline Rules</source>
        <translation>&amp;Сохранить правила воронки</translation>
    </message>
    <message>
        <source>Edit &amp;Stages, Probabilities and Exit Criteria…</source>
        <translation>Изменить &amp;этапы, вероятности и критерии выхода…</translation>
    </message>
    <message>
        <source>Stages saved.</source>
        <translation>Этапы сохранены.</translation>
    </message>
    <message>
        <source>Pipeline rules saved.</source>
        <translation>Правила воронки сохранены.</translation>
    </message>
</context>
<context>
    <name>lr::ui::QuarantineEntryEditor</name>
    <message>
        <source>Select a rejected submission to see and fix its fields.</source>
        <translation>Выберите отклонённую заявку, чтобы увидеть и исправить её поля.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Add Field</source>
        <translation>Добавить поле</translation>
    </message>
    <message>
        <source>Remove Field</source>
        <translation>Удалить поле</translation>
    </message>
    <message>
        <source>As received (before any fix)</source>
        <translation>Как получено (до исправлений)</translation>
    </message>
    <message>
        <source>Re-process</source>
        <translation>Обработать повторно</translation>
    </message>
    <message>
        <source>Save the fields and run the submission through hygiene and dedup again.</source>
        <translation>Сохранить поля и снова пропустить заявку через проверку и дедупликацию.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Take it off the review list; it stays in the journal.</source>
        <translation>Убрать из списка на проверку; запись останется в журнале.</translation>
    </message>
    <message>
        <source>Submission #%1</source>
        <translation>Заявка #%1</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n попытка</numerusform>
            <numerusform>%n попытки</numerusform>
            <numerusform>%n попыток</numerusform>
        </translation>
    </message>
    <message>
        <source>discarded by %1 on %2</source>
        <translation>удалено пользователем %1 %2</translation>
    </message>
    <message>
        <source>No reason recorded.</source>
        <translation>Причина не записана.</translation>
    </message>
    <message>
        <source>The body is not a JSON object, so it has no fields. Raw body: %1</source>
        <translation>Тело не является объектом JSON, поэтому у него нет полей. Исходное тело: %1</translation>
    </message>
    <message>
        <source>Close the submission (Esc in the list)</source>
        <translation>Закрыть заявку (Esc в списке)</translation>
    </message>
    <message>
        <source>Close the submission</source>
        <translation>Закрыть заявку</translation>
    </message>
</context>
<context>
    <name>lr::ui::QuarantineTableModel</name>
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
        <source>Event</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Discarded by %1 on %2</source>
        <translation>Удалено пользователем %1 %2</translation>
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
        <translation>Форма / источник</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Попытки</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
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
        <translation>%1: отклонено заявок: %2 из %3</translation>
    </message>
    <message>
        <source>Form / source</source>
        <translation>Форма / источник</translation>
    </message>
    <message>
        <source>Rejects</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>Заявки</translation>
    </message>
    <message>
        <source>Reject rate</source>
        <translation>Доля отклонённых</translation>
    </message>
</context>
<context>
    <name>lr::ui::RejectsByFormPanel</name>
    <message>
        <source>Rejects by form</source>
        <translation>Отклонённые по формам</translation>
    </message>
    <message numerus="yes">
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>Последний %n день</numerusform>
            <numerusform>Последние %n дня</numerusform>
            <numerusform>Последние %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Click a form to list its rejects.</source>
        <translation>Нажмите на форму, чтобы увидеть её отклонённые заявки.</translation>
    </message>
    <message>
        <source>No rejected submissions in this period.</source>
        <translation>За этот период отклонённых заявок нет.</translation>
    </message>
</context>
<context>
    <name>lr::ui::RoutingRulesTab</name>
    <message>
        <source>Only people inside their working hours</source>
        <translation>Только сотрудники в рабочее время</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Включено</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>Добавить правило</translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation>Удалить правило</translation>
    </message>
    <message>
        <source>Save routing rules</source>
        <translation>Сохранить правила распределения</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Условия</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
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
        <translation> (выкл.)</translation>
    </message>
    <message>
        <source>Any team</source>
        <translation>Любая команда</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>Новое правило</translation>
    </message>
    <message>
        <source>Routing rules saved as version %1.</source>
        <translation>Правила распределения сохранены как версия %1.</translation>
    </message>
    <message>
        <source>What-if…</source>
        <translation>Что если…</translation>
    </message>
    <message>
        <source>No conditions: the default rule, which takes every lead no rule above took.</source>
        <translation>Без условий: правило по умолчанию, которое берёт каждый лид, не взятый правилами выше.</translation>
    </message>
    <message>
        <source>SLA load uses the unsaved policies of the SLA tab.</source>
        <translation>Нагрузка по SLA рассчитана по несохранённым политикам вкладки SLA.</translation>
    </message>
    <message>
        <source>The unsaved SLA policies are not valid (%1); SLA load uses the saved policies.</source>
        <translation>Несохранённые политики SLA недействительны (%1); нагрузка по SLA рассчитана по сохранённым политикам.</translation>
    </message>
</context>
<context>
    <name>lr::ui::ScorePanel</name>
    <message>
        <source>Score history</source>
        <translation>История оценки</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Бюджет</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Полномочия</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Потребность</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Сроки</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <source>Save BANT</source>
        <translation>Сохранить BANT</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>Не оценён</translation>
    </message>
    <message>
        <source>%1 · %2 · rules version %3</source>
        <translation>%1 · %2 · версия правил %3</translation>
    </message>
    <message>
        <source>No rule fired.</source>
        <translation>Ни одно правило не сработало.</translation>
    </message>
    <message>
        <source>Sign in to edit BANT.</source>
        <translation>Войдите, чтобы редактировать BANT.</translation>
    </message>
    <message>
        <source>BANT saved; score %1.</source>
        <translation>BANT сохранён; оценка %1.</translation>
    </message>
</context>
<context>
    <name>lr::ui::ScoringRulesTab</name>
    <message>
        <source>%1 (off)</source>
        <translation>%1 (выкл.)</translation>
    </message>
    <message>
        <source>Only administrators may change the scoring rules.</source>
        <translation>Изменять правила скоринга могут только администраторы.</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>Добавить правило</translation>
    </message>
    <message>
        <source>Delete rule</source>
        <translation>Удалить правило</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Переместить вверх</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Переместить вниз</translation>
    </message>
    <message>
        <source>Class thresholds (lowest score of each class)</source>
        <translation>Пороги классов (минимальная оценка для каждого класса)</translation>
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
        <translation>Прогрев от</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Включено</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Axis</source>
        <translation>Ось</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Lead ID or email</source>
        <translation>ID лида или эл. почта</translation>
    </message>
    <message>
        <source>Test against lead</source>
        <translation>Проверить на лиде</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Сейчас</translation>
    </message>
    <message>
        <source>With these rules</source>
        <translation>С этими правилами</translation>
    </message>
    <message>
        <source>Test against a lead</source>
        <translation>Проверка на лиде</translation>
    </message>
    <message>
        <source>Preview impact</source>
        <translation>Показать влияние</translation>
    </message>
    <message>
        <source>Now, in all</source>
        <translation>Сейчас, всего</translation>
    </message>
    <message>
        <source>Rows: the class leads of the period have now. Columns: the class the edited rules would give them.</source>
        <translation>Строки: текущий класс лидов за период. Столбцы: класс, который им присвоили бы изменённые правила.</translation>
    </message>
    <message>
        <source>Impact on the last 90 days</source>
        <translation>Влияние за последние 90 дней</translation>
    </message>
    <message>
        <source>Save scoring rules…</source>
        <translation>Сохранить правила скоринга…</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Просмотреть</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Восстановить…</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Версии</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>Новое правило</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) looked at.</source>
        <translation>
            <numerusform>Проанализирован %n лид.</numerusform>
            <numerusform>Проанализировано %n лида.</numerusform>
            <numerusform>Проанализировано %n лидов.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: now %2 (%3), with these rules %4 (%5).</source>
        <translation>%1: сейчас %2 (%3), с этими правилами %4 (%5).</translation>
    </message>
    <message>
        <source>Save scoring rules</source>
        <translation>Сохранить правила скоринга</translation>
    </message>
    <message>
        <source>Re-scoring stopped: %1</source>
        <translation>Переоценка остановлена: %1</translation>
    </message>
    <message>
        <source>Version %1 · %2 · %3</source>
        <translation>Версия %1 · %2 · %3</translation>
    </message>
    <message>
        <source>shipped defaults</source>
        <translation>встроенные правила</translation>
    </message>
    <message>
        <source>(active)</source>
        <translation>(активна)</translation>
    </message>
    <message>
        <source>Version %1 could not be read.</source>
        <translation>Не удалось прочитать версию %1.</translation>
    </message>
    <message>
        <source>Showing version %1 in the editor. Save (or Restore) to make it the active rules again.</source>
        <translation>В редакторе показана версия %1. Чтобы снова сделать её правила активными, сохраните (или восстановите) её.</translation>
    </message>
    <message>
        <source>Scoring rules saved as version %1; re-scoring the leads the change affects…</source>
        <translation>Правила скоринга сохранены как версия %1; пересчитываются лиды, затронутые изменением…</translation>
    </message>
    <message numerus="yes">
        <source>Brought %n lead(s) to rules version %1; %2 changed.</source>
        <translation>
            <numerusform>%n лид приведён к версии правил %1; изменилось: %2.</numerusform>
            <numerusform>%n лида приведены к версии правил %1; изменилось: %2.</numerusform>
            <numerusform>%n лидов приведены к версии правил %1; изменилось: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Finishing the re-score left unfinished by the last run…</source>
        <translation>Завершается пересчёт оценок, не законченный при прошлом запуске…</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) created %1 would change class.</source>
        <translation>
            <numerusform>%n лид, созданный %1, сменил бы класс.</numerusform>
            <numerusform>%n лида, созданных %1, сменили бы класс.</numerusform>
            <numerusform>%n лидов, созданных %1, сменили бы класс.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) created %1 would change class (see the impact table). Save the rules as a new version and re-score the leads it affects?</source>
        <translation>
            <numerusform>%n лид, созданный %1, сменил бы класс (см. таблицу влияния). Сохранить правила как новую версию и переоценить затронутые изменением лиды?</numerusform>
            <numerusform>%n лида, созданных %1, сменили бы класс (см. таблицу влияния). Сохранить правила как новую версию и переоценить затронутые изменением лиды?</numerusform>
            <numerusform>%n лидов, созданных %1, сменили бы класс (см. таблицу влияния). Сохранить правила как новую версию и переоценить затронутые изменением лиды?</numerusform>
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
        <translation>Приём через вебхук</translation>
    </message>
    <message>
        <source>While LeadRelay is open it can receive your website&apos;s form submissions (POST /v1/submissions with a JSON body). These settings are stored with the database.</source>
        <translation>Пока LeadRelay открыт, он может принимать заявки из форм вашего сайта (POST /v1/submissions с телом JSON). Эти настройки хранятся вместе с базой данных.</translation>
    </message>
    <message>
        <source>&amp;Receive web form submissions while the app is open</source>
        <translation>&amp;Принимать заявки из веб-форм, пока приложение открыто</translation>
    </message>
    <message>
        <source>127.0.0.1 accepts submissions from this computer only (for example a local proxy); 0.0.0.0 from every network.</source>
        <translation>127.0.0.1 принимает заявки только с этого компьютера (например, от локального прокси); 0.0.0.0 — из всех сетей.</translation>
    </message>
    <message>
        <source>Any free port</source>
        <translation>Любой свободный порт</translation>
    </message>
    <message>
        <source>None (loopback only)</source>
        <translation>Нет (только loopback)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Сгенерировать</translation>
    </message>
    <message>
        <source>&amp;Bind address:</source>
        <translation>&amp;Адрес привязки:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Порт:</translation>
    </message>
    <message>
        <source>Bearer token:</source>
        <translation>Bearer-токен:</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <source>&lt;port&gt;</source>
        <translation>&lt;порт&gt;</translation>
    </message>
    <message>
        <source>Websites post to http://%1:%2/v1/submissions%3</source>
        <translation>Сайты отправляют данные на http://%1:%2/v1/submissions%3</translation>
    </message>
    <message>
        <source> with the header Authorization: Bearer &lt;token&gt;</source>
        <translation> с заголовком Authorization: Bearer &lt;token&gt;</translation>
    </message>
    <message>
        <source>Webhook intake is off.</source>
        <translation>Приём через вебхук выключен.</translation>
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
    <name>lr::ui::SlaPoliciesTab</name>
    <message>
        <source>score ≥ %1</source>
        <translation>оценка ≥ %1</translation>
    </message>
    <message>
        <source>every lead</source>
        <translation>все лиды</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Политика</translation>
    </message>
    <message>
        <source>Lead types</source>
        <translation>Типы лидов</translation>
    </message>
    <message>
        <source>Target (minutes)</source>
        <translation>Цель (минуты)</translation>
    </message>
    <message>
        <source>Business hours</source>
        <translation>Рабочие часы</translation>
    </message>
    <message>
        <source>Ladder % (nudge/alert/reassign)</source>
        <translation>Ступени, % (напоминание/оповещение/переназначение)</translation>
    </message>
    <message>
        <source>Save SLA policies</source>
        <translation>Сохранить политики SLA</translation>
    </message>
    <message>
        <source>SLA policies saved as version %1.</source>
        <translation>Политики SLA сохранены как версия %1.</translation>
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
        <translation>Вероятность сделки на этом этапе</translation>
    </message>
    <message>
        <source>Deals in %1</source>
        <translation>Сделки на этапе %1</translation>
    </message>
    <message>
        <source>%1 · weighted %2</source>
        <translation>%1 · взвешенно %2</translation>
    </message>
    <message>
        <source>Sum of deal values · weighted by probability, in the home currency at the rates under Tools ▸ Currencies. Deals in currencies without a rate are added as they are (&quot;mixed&quot;).</source>
        <translation>Сумма сделок · взвешенная по вероятности, в основной валюте по курсам из Инструменты ▸ Валюты. Сделки в валютах без курса складываются как есть («смешанная»).</translation>
    </message>
</context>
<context>
    <name>lr::ui::StageEditorDialog</name>
    <message>
        <source>Open</source>
        <translation>Открытый</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Выиграно</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Проиграно</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Недопустимый</translation>
    </message>
    <message>
        <source>Pipeline Stages</source>
        <translation>Этапы воронки</translation>
    </message>
    <message>
        <source>New &amp;Pipeline…</source>
        <translation>Новая &amp;воронка…</translation>
    </message>
    <message>
        <source>Pipe&amp;line:</source>
        <translation>&amp;Воронка:</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Вероятность</translation>
    </message>
    <message>
        <source>Rots after</source>
        <translation>Застой через</translation>
    </message>
    <message>
        <source>Stale after</source>
        <translation>Устаревает через</translation>
    </message>
    <message>
        <source>Stale probability</source>
        <translation>Вероятность при устаревании</translation>
    </message>
    <message>
        <source>Required to enter</source>
        <translation>Обязательно для входа</translation>
    </message>
    <message>
        <source>Entered on</source>
        <translation>Вход по событию</translation>
    </message>
    <message>
        <source>Required to enter: deal fields, comma separated (%1).</source>
        <translation>Обязательно для входа: поля сделки через запятую (%1).</translation>
    </message>
    <message>
        <source>&amp;Add Stage</source>
        <translation>&amp;Добавить этап</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Переместить &amp;вверх</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Переместить в&amp;низ</translation>
    </message>
    <message>
        <source>Restore &amp;Defaults</source>
        <translation>Восстановить по &amp;умолчанию</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Новый этап</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Meeting booked</source>
        <translation>Встреча назначена</translation>
    </message>
    <message>
        <source>Contract signed</source>
        <translation>Договор подписан</translation>
    </message>
    <message>
        <source>Email bounced</source>
        <translation>Письмо не доставлено</translation>
    </message>
    <message>
        <source>New Pipeline</source>
        <translation>Новая воронка</translation>
    </message>
    <message>
        <source>Name of the new pipeline:</source>
        <translation>Название новой воронки:</translation>
    </message>
</context>
<context>
    <name>lr::ui::TaskQueueModel</name>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>Срок сейчас</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Позже</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
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
        <translation>Малый бизнес</translation>
    </message>
    <message>
        <source>Mid-market</source>
        <translation>Средний бизнес</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Крупный бизнес</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Любой</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Редактирование: %1</translation>
    </message>
    <message>
        <source>No team</source>
        <translation>Без команды</translation>
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
        <translation> открытых лидов</translation>
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
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Active (takes new leads; unticking hands their open leads on)</source>
        <translation>Активен (получает новые лиды; если снять флажок, его открытые лиды будут переданы другим)</translation>
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
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <source>Territories</source>
        <translation>Территории</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Лимит</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>Рабочие дни</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Рабочие часы</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Часовой пояс</translation>
    </message>
    <message>
        <source>Out of office</source>
        <translation>Отсутствие</translation>
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
        <translation>Отсутствие должно заканчиваться не раньше своего первого дня.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>To</source>
        <translation>До</translation>
    </message>
    <message>
        <source>Works on this day</source>
        <translation>Работает в этот день</translation>
    </message>
    <message>
        <source>23:59 means until midnight</source>
        <translation>23:59 означает до полуночи</translation>
    </message>
    <message>
        <source>Hours per day</source>
        <translation>Часы по дням</translation>
    </message>
    <message>
        <source>Must end after it starts</source>
        <translation>Должно заканчиваться после начала</translation>
    </message>
    <message>
        <source>The hours of this day must end after they start.</source>
        <translation>Рабочее время этого дня должно заканчиваться после начала.</translation>
    </message>
    <message>
        <source>Some days end before they start: correct the marked hours.</source>
        <translation>Некоторые дни заканчиваются раньше, чем начинаются: исправьте отмеченные часы.</translation>
    </message>
    <message>
        <source>Add a Person</source>
        <translation>Добавить человека</translation>
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
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message numerus="yes">
        <source>%n open lead(s) handed on</source>
        <translation>
            <numerusform>%n открытый лид передан другим</numerusform>
            <numerusform>%n открытых лида передано другим</numerusform>
            <numerusform>%n открытых лидов передано другим</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Person…</source>
        <translation>Добавить человека…</translation>
    </message>
    <message>
        <source>Add a rep, manager or admin who signs in with their e-mail address</source>
        <translation>Добавить менеджера по продажам, руководителя или администратора, который входит по своему адресу эл. почты</translation>
    </message>
    <message>
        <source>Teams…</source>
        <translation>Команды…</translation>
    </message>
    <message>
        <source>Add a team, or rename one, change its countries or its manager</source>
        <translation>Добавить команду или изменить название, страны или руководителя существующей</translation>
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
    <name>lr::ui::TeamsDialog</name>
    <message>
        <source>Teams</source>
        <translation>Команды</translation>
    </message>
    <message>
        <source>DE, AT, CH</source>
        <translation>RU, BY, KZ</translation>
    </message>
    <message>
        <source>New Team</source>
        <translation>Новая команда</translation>
    </message>
    <message>
        <source>Save Team</source>
        <translation>Сохранить команду</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Страны</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Руководитель</translation>
    </message>
    <message>
        <source>No manager</source>
        <translation>Без руководителя</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Add Team</source>
        <translation>Добавить команду</translation>
    </message>
    <message>
        <source>Leads reach a team through its territory rule under Rules ▸ Routing, which follows the team&apos;s countries. A new team needs a rule there.</source>
        <translation>Лиды попадают в команду по её правилу территории в разделе Правила ▸ Распределение, которое следует за странами команды. Новой команде там нужно правило.</translation>
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
    <message>
        <source>SLA clock started</source>
        <translation>Таймер SLA запущен</translation>
    </message>
    <message>
        <source>first touch due %1</source>
        <translation>первый контакт до %1</translation>
    </message>
    <message>
        <source>SLA half gone: owner nudged</source>
        <translation>Прошла половина SLA: ответственному напомнили</translation>
    </message>
    <message>
        <source>SLA breached: manager alerted</source>
        <translation>SLA нарушен: руководитель уведомлён</translation>
    </message>
    <message>
        <source>SLA incident: lead reassigned</source>
        <translation>Инцидент SLA: лид передан другому</translation>
    </message>
</context>
<context>
    <name>lr::ui::WhatIfDialog</name>
    <message>
        <source>What-if: edited routing rules</source>
        <translation>Что если: изменённые правила распределения</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>Leads now</source>
        <translation>Лиды сейчас</translation>
    </message>
    <message>
        <source>Leads what-if</source>
        <translation>Лиды (что если)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>SLA clocks now</source>
        <translation>Таймеры SLA сейчас</translation>
    </message>
    <message>
        <source>SLA clocks what-if</source>
        <translation>Таймеры SLA (что если)</translation>
    </message>
    <message>
        <source>Hot now</source>
        <translation>Горячие сейчас</translation>
    </message>
    <message>
        <source>Hot what-if</source>
        <translation>Горячие (что если)</translation>
    </message>
    <message>
        <source>Replay the leads of the last</source>
        <translation>Воспроизвести лиды за последние</translation>
    </message>
    <message numerus="yes">
        <source>%n would go to someone else with the edited rules.</source>
        <translation>
            <numerusform>%n из них при изменённых правилах достался бы другому сотруднику.</numerusform>
            <numerusform>%n из них при изменённых правилах достались бы другим сотрудникам.</numerusform>
            <numerusform>%n из них при изменённых правилах достались бы другим сотрудникам.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) created %1; </source>
        <translation>
            <numerusform>%n лид создан %1; </numerusform>
            <numerusform>%n лида создано %1; </numerusform>
            <numerusform>%n лидов создано %1; </numerusform>
        </translation>
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
    <message numerus="yes">
        <source>Processed %n submission(s) left from the last run.</source>
        <translation>
            <numerusform>Обработана %n заявка, оставшаяся с прошлого запуска.</numerusform>
            <numerusform>Обработано %n заявки, оставшиеся с прошлого запуска.</numerusform>
            <numerusform>Обработано %n заявок, оставшихся с прошлого запуска.</numerusform>
        </translation>
    </message>
</context>
</TS>
