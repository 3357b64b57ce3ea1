<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>QJsonParseError</name>
    <message>
        <source>no error occurred</source>
        <translation>nie wystąpił błąd</translation>
    </message>
    <message>
        <source>unterminated object</source>
        <translation>niezamknięty obiekt</translation>
    </message>
    <message>
        <source>missing name separator</source>
        <translation>brak dwukropka po nazwie</translation>
    </message>
    <message>
        <source>unterminated array</source>
        <translation>niezamknięta tablica</translation>
    </message>
    <message>
        <source>missing value separator</source>
        <translation>brak przecinka między wartościami</translation>
    </message>
    <message>
        <source>illegal value</source>
        <translation>niedozwolona wartość</translation>
    </message>
    <message>
        <source>invalid termination by number</source>
        <translation>dokument kończy się liczbą</translation>
    </message>
    <message>
        <source>illegal number</source>
        <translation>niedozwolona liczba</translation>
    </message>
    <message>
        <source>invalid escape sequence</source>
        <translation>nieprawidłowa sekwencja ucieczki</translation>
    </message>
    <message>
        <source>invalid UTF8 string</source>
        <translation>nieprawidłowy tekst UTF-8</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>niezamknięty tekst</translation>
    </message>
    <message>
        <source>object is missing after a comma</source>
        <translation>brak obiektu po przecinku</translation>
    </message>
    <message>
        <source>too deeply nested document</source>
        <translation>zbyt głęboko zagnieżdżony dokument</translation>
    </message>
    <message>
        <source>too large document</source>
        <translation>zbyt duży dokument</translation>
    </message>
    <message>
        <source>garbage at the end of the document</source>
        <translation>nadmiarowe znaki na końcu dokumentu</translation>
    </message>
</context>
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
    <message>
        <source>Page view</source>
        <translation>Wyświetlenie strony</translation>
    </message>
    <message>
        <source>Form submission</source>
        <translation>Wysłanie formularza</translation>
    </message>
    <message>
        <source>Email open</source>
        <translation>Otwarcie e-maila</translation>
    </message>
    <message>
        <source>Email click</source>
        <translation>Kliknięcie w e-mailu</translation>
    </message>
    <message>
        <source>Email reply</source>
        <translation>Odpowiedź na e-mail</translation>
    </message>
    <message>
        <source>Meeting booked</source>
        <translation>Umówiono spotkanie</translation>
    </message>
    <message>
        <source>Webinar registration</source>
        <translation>Rejestracja na webinar</translation>
    </message>
    <message>
        <source>Webinar attended</source>
        <translation>Udział w webinarze</translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation>Wypisanie się</translation>
    </message>
    <message>
        <source>Bounce</source>
        <translation>Odbicie</translation>
    </message>
    <message>
        <source>Contract signed</source>
        <translation>Podpisanie umowy</translation>
    </message>
    <message>
        <source>is</source>
        <translation>jest</translation>
    </message>
    <message>
        <source>is one of</source>
        <translation>jest jednym z</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>zawiera</translation>
    </message>
    <message>
        <source>matches the pattern</source>
        <translation>pasuje do wzorca</translation>
    </message>
    <message>
        <source>is between</source>
        <translation>jest pomiędzy</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>jest puste</translation>
    </message>
    <message>
        <source>names a role</source>
        <translation>wskazuje rolę</translation>
    </message>
    <message>
        <source>events within a time window</source>
        <translation>zdarzenia w oknie czasowym</translation>
    </message>
    <message>
        <source>Email domain</source>
        <translation>Domena e-mail</translation>
    </message>
    <message>
        <source>Free-mail address</source>
        <translation>Adres w darmowej poczcie</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nazwisko</translation>
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
        <source>Company domain</source>
        <translation>Domena firmy</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branża</translation>
    </message>
    <message>
        <source>Company size (employees)</source>
        <translation>Wielkość firmy (pracownicy)</translation>
    </message>
    <message>
        <source>Yearly revenue</source>
        <translation>Roczny przychód</translation>
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
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
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
        <source>Qualifying answer</source>
        <translation>Odpowiedź kwalifikująca</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budżet</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Decyzyjność</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Potrzeba</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Ocena</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasa</translation>
    </message>
    <message>
        <source>Days since created</source>
        <translation>Dni od utworzenia</translation>
    </message>
    <message>
        <source>Days without activity</source>
        <translation>Dni bez aktywności</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Dopasowanie</translation>
    </message>
    <message>
        <source>Intent</source>
        <translation>Intencja</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Termin zakupu</translation>
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
        <translation>Przekazać do sprzedaży od razu</translation>
    </message>
    <message>
        <source>Nurture with relevant content</source>
        <translation>Rozwijać odpowiednimi treściami</translation>
    </message>
    <message>
        <source>Qualify fit first</source>
        <translation>Najpierw zbadać dopasowanie</translation>
    </message>
    <message>
        <source>Drip; check again next quarter</source>
        <translation>Kampania drip; sprawdzić ponownie w następnym kwartale</translation>
    </message>
    <message>
        <source>Recycle later or archive</source>
        <translation>Odłożyć na później lub zarchiwizować</translation>
    </message>
</context>
<context>
    <name>lr::Availability</name>
    <message>
        <source>available</source>
        <translation>dostępny</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>nieaktywny</translation>
    </message>
    <message>
        <source>out of office</source>
        <translation>poza biurem</translation>
    </message>
    <message>
        <source>outside working hours</source>
        <translation>poza godzinami pracy</translation>
    </message>
    <message>
        <source>at capacity (%1/%2)</source>
        <translation>pełne obłożenie (%1/%2)</translation>
    </message>
</context>
<context>
    <name>lr::Bant</name>
    <message>
        <source>Approved</source>
        <translation>Zatwierdzony</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planowany</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Brak</translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation>Decydent</translation>
    </message>
    <message>
        <source>Influencer</source>
        <translation>Osoba wpływowa</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Użytkownik</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Potwierdzona</translation>
    </message>
    <message>
        <source>Exploring</source>
        <translation>Rozpoznawana</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Teraz</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>W tym kwartale</translation>
    </message>
    <message>
        <source>Next quarter</source>
        <translation>W następnym kwartale</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Później</translation>
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
    <name>lr::CompiledConditions</name>
    <message>
        <source>A rule needs at least one condition.</source>
        <translation>Reguła wymaga co najmniej jednego warunku.</translation>
    </message>
    <message>
        <source>Condition %1: %2</source>
        <translation>Warunek %1: %2</translation>
    </message>
    <message>
        <source>%1: %2, fewer than %3</source>
        <translation>%1: %2, mniej niż %3</translation>
    </message>
    <message>
        <source>%1 ×%2</source>
        <translation>%1 ×%2</translation>
    </message>
    <message>
        <source>not %1</source>
        <translation>nie %1</translation>
    </message>
    <message>
        <source>%1: empty</source>
        <translation>%1: puste</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no activity since %1</source>
        <translation>brak aktywności od %1</translation>
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
        <translation>Nieznany operator „%1”.</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot;.</source>
        <translation>Nieznane pole „%1”.</translation>
    </message>
    <message>
        <source>&quot;value&quot; must be text.</source>
        <translation>&quot;value&quot; musi być tekstem.</translation>
    </message>
    <message>
        <source>&quot;values&quot; must be a list.</source>
        <translation>&quot;values&quot; musi być listą.</translation>
    </message>
    <message>
        <source>&quot;values&quot; must hold text or numbers.</source>
        <translation>&quot;values&quot; musi zawierać tekst lub liczby.</translation>
    </message>
    <message>
        <source>&quot;event&quot;, &quot;url_contains&quot; and &quot;form_type&quot; must be text.</source>
        <translation>&quot;event&quot;, &quot;url_contains&quot; i &quot;form_type&quot; muszą być tekstem.</translation>
    </message>
    <message>
        <source>&quot;min&quot; and &quot;days&quot; must be numbers.</source>
        <translation>&quot;min&quot; i &quot;days&quot; muszą być liczbami.</translation>
    </message>
    <message>
        <source>&quot;min&quot; and &quot;max&quot; must be numbers.</source>
        <translation>&quot;min&quot; i &quot;max&quot; muszą być liczbami.</translation>
    </message>
    <message>
        <source>%1 is yes or no: compare it with true or false.</source>
        <translation>%1 to tak lub nie: porównuj z true lub false.</translation>
    </message>
    <message>
        <source>Enter the text to look for.</source>
        <translation>Wpisz szukany tekst.</translation>
    </message>
    <message>
        <source>Enter at least one value.</source>
        <translation>Wpisz co najmniej jedną wartość.</translation>
    </message>
    <message>
        <source>Enter a pattern.</source>
        <translation>Wpisz wzorzec.</translation>
    </message>
    <message>
        <source>The pattern does not compile at character %1: %2.</source>
        <translation>Wzorca nie można skompilować na znaku %1: %2.</translation>
    </message>
    <message>
        <source>%1 is not a number, so it has no range.</source>
        <translation>%1 nie jest liczbą, więc nie ma zakresu.</translation>
    </message>
    <message>
        <source>Enter a lower bound, an upper bound or both.</source>
        <translation>Wpisz dolną granicę, górną granicę lub obie.</translation>
    </message>
    <message>
        <source>The lower bound %1 is above the upper bound %2.</source>
        <translation>Dolna granica %1 jest większa niż górna granica %2.</translation>
    </message>
    <message>
        <source>Role words apply to the job title only.</source>
        <translation>Słowa określające rolę dotyczą tylko stanowiska.</translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation>Wybierz co najmniej jedną rolę.</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;.</source>
        <translation>Nieznana rola „%1”.</translation>
    </message>
    <message>
        <source>Unknown event type &quot;%1&quot;; known types: %2.</source>
        <translation>Nieznany typ zdarzenia „%1”; znane typy: %2.</translation>
    </message>
    <message>
        <source>The number of events must be at least 1.</source>
        <translation>Liczba zdarzeń musi wynosić co najmniej 1.</translation>
    </message>
    <message>
        <source>The time window cannot be negative.</source>
        <translation>Okno czasowe nie może być ujemne.</translation>
    </message>
    <message>
        <source>%1 is a number: enter a number.</source>
        <translation>%1 to liczba: wpisz liczbę.</translation>
    </message>
    <message>
        <source>Enter a value, or choose &quot;%1&quot;.</source>
        <translation>Wpisz wartość lub wybierz „%1”.</translation>
    </message>
    <message>
        <source>A value in the list is empty.</source>
        <translation>Jedna z wartości na liście jest pusta.</translation>
    </message>
</context>
<context>
    <name>lr::ConditionSet</name>
    <message>
        <source>Conditions must be a list under &quot;all&quot; or &quot;any&quot;.</source>
        <translation>Warunki muszą być listą w &quot;all&quot; lub &quot;any&quot;.</translation>
    </message>
    <message>
        <source>A rule needs at least one condition.</source>
        <translation>Reguła wymaga co najmniej jednego warunku.</translation>
    </message>
    <message>
        <source>Condition %1 is not an object.</source>
        <translation>Warunek %1 nie jest obiektem.</translation>
    </message>
    <message>
        <source>Condition %1: %2</source>
        <translation>Warunek %1: %2</translation>
    </message>
</context>
<context>
    <name>lr::CsvDealImporter</name>
    <message numerus="yes">
        <source>%n won or lost deal(s) lacked what their stage asks for (such as a lost reason) and were imported as history; exit criteria apply to moves, not to imported history.</source>
        <translation>
            <numerusform>%n wygrana lub przegrana szansa nie miała tego, czego wymaga jej etap (np. powodu przegranej), i została zaimportowana jako historia; kryteria wyjścia dotyczą przesunięć, a nie zaimportowanej historii.</numerusform>
            <numerusform>%n wygrane lub przegrane szanse nie miały tego, czego wymaga ich etap (np. powodu przegranej), i zostały zaimportowane jako historia; kryteria wyjścia dotyczą przesunięć, a nie zaimportowanej historii.</numerusform>
            <numerusform>%n wygranych lub przegranych szans nie miało tego, czego wymaga ich etap (np. powodu przegranej), i zostało zaimportowanych jako historia; kryteria wyjścia dotyczą przesunięć, a nie zaimportowanej historii.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open deal(s) lack what their stage asks for; the next move will ask for it.</source>
        <translation>
            <numerusform>%n otwarta szansa nie ma tego, czego wymaga jej etap; przy następnym przesunięciu zostaniesz o to poproszony.</numerusform>
            <numerusform>%n otwarte szanse nie mają tego, czego wymaga ich etap; przy następnym przesunięciu zostaniesz o to poproszony.</numerusform>
            <numerusform>%n otwartych szans nie ma tego, czego wymaga ich etap; przy następnym przesunięciu zostaniesz o to poproszony.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n company(ies) created.</source>
        <translation>
            <numerusform>Utworzono %n firmę.</numerusform>
            <numerusform>Utworzono %n firmy.</numerusform>
            <numerusform>Utworzono %n firm.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n owner(s) created as inactive reps; an administrator activates them.</source>
        <translation>
            <numerusform>Utworzono %n opiekuna jako nieaktywnego handlowca; aktywuje go administrator.</numerusform>
            <numerusform>Utworzono %n opiekunów jako nieaktywnych handlowców; aktywuje ich administrator.</numerusform>
            <numerusform>Utworzono %n opiekunów jako nieaktywnych handlowców; aktywuje ich administrator.</numerusform>
        </translation>
    </message>
    <message>
        <source>The owner &quot;%1&quot; is not a valid email address.</source>
        <translation>Opiekun „%1” nie jest prawidłowym adresem e-mail.</translation>
    </message>
    <message>
        <source>Unknown stage &quot;%1&quot;. Stages: %2. Map it with --stage-map &quot;%1=STAGE&quot;.</source>
        <translation>Nieznany etap „%1”. Etapy: %2. Zmapuj go opcją --stage-map &quot;%1=STAGE&quot;.</translation>
    </message>
    <message>
        <source>The pipeline %1 has no stages.</source>
        <translation>Lejek %1 nie ma etapów.</translation>
    </message>
    <message>
        <source>%1 deal</source>
        <translation>Szansa %1</translation>
    </message>
    <message>
        <source>Deal %1</source>
        <translation>Szansa %1</translation>
    </message>
    <message>
        <source>The row has no deal name, company or id.</source>
        <translation>Wiersz nie zawiera nazwy szansy, firmy ani identyfikatora.</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is not a date; write YYYY-MM-DD or M/D/YYYY.</source>
        <translation>%1 „%2” nie jest datą; wpisz RRRR-MM-DD lub M/D/RRRR.</translation>
    </message>
    <message>
        <source>engage date</source>
        <translation>Data zaangażowania</translation>
    </message>
    <message>
        <source>close date</source>
        <translation>Data zamknięcia</translation>
    </message>
    <message>
        <source>expected close date</source>
        <translation>Przewidywana data zamknięcia</translation>
    </message>
    <message>
        <source>The deal closes (%1) before it was engaged (%2).</source>
        <translation>Szansa zamyka się (%1) przed zaangażowaniem (%2).</translation>
    </message>
    <message>
        <source>The engage date %1 lies in the future.</source>
        <translation>Data zaangażowania %1 przypada w przyszłości.</translation>
    </message>
    <message>
        <source>The store has no pipeline to import deals into.</source>
        <translation>Baza nie zawiera lejka, do którego można zaimportować szanse.</translation>
    </message>
    <message>
        <source>There is no pipeline %1.</source>
        <translation>Nie ma lejka %1.</translation>
    </message>
    <message>
        <source>--stage-map &quot;%1=%2&quot;: the pipeline %3 has no stage &quot;%2&quot;. Stages: %4.</source>
        <translation>--stage-map &quot;%1=%2&quot;: lejek %3 nie ma etapu „%2”. Etapy: %4.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Nie można otworzyć %1: %2</translation>
    </message>
    <message>
        <source>The open deal&apos;s expected close date %1 lies %2 in the past; give it a date it can still close on, or a won or lost stage.</source>
        <translation>Przewidywana data zamknięcia otwartej szansy %1 przypada %2 w przeszłości; podaj datę, w której szansa może jeszcze zostać zamknięta, albo etap wygranej lub przegranej.</translation>
    </message>
</context>
<context>
    <name>lr::CsvLeadImporter</name>
    <message>
        <source>No email column found.</source>
        <translation>Nie znaleziono kolumny z adresem e-mail.</translation>
    </message>
    <message>
        <source>The line holds one value where the header has %1 columns: a note or footer, not a lead.</source>
        <translation>Wiersz zawiera tylko jedną wartość, a liczba kolumn w nagłówku wynosi %1: to notatka lub stopka, a nie lead.</translation>
    </message>
    <message>
        <source>The line holds %1 values where the header has %2 columns: a separator inside an unquoted value may have moved the values after it into the wrong columns.</source>
        <translation>Wiersz zawiera wartości: %1, a nagłówek ma kolumn: %2. Separator wewnątrz wartości bez cudzysłowu mógł przesunąć kolejne wartości do niewłaściwych kolumn.</translation>
    </message>
</context>
<context>
    <name>lr::CsvPreview</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Nie można otworzyć %1: %2</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>Średnik</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>Przecinek</translation>
    </message>
</context>
<context>
    <name>lr::CsvReader</name>
    <message>
        <source>A quoted field that starts on line %1 is never closed.</source>
        <translation>Pole w cudzysłowie rozpoczynające się w wierszu %1 nie zostało zamknięte.</translation>
    </message>
    <message>
        <source>This is an Excel or OpenDocument workbook, not a CSV file. Open it in your spreadsheet, save it as &quot;CSV UTF-8&quot; and import that file.</source>
        <translation>To jest skoroszyt Excel lub OpenDocument, a nie plik CSV. Otwórz go w arkuszu kalkulacyjnym, zapisz jako „CSV UTF-8” i zaimportuj ten plik.</translation>
    </message>
    <message>
        <source>This is a ZIP archive, not a CSV file. Unpack it and import the CSV file inside.</source>
        <translation>To jest archiwum ZIP, a nie plik CSV. Rozpakuj je i zaimportuj plik CSV, który się w nim znajduje.</translation>
    </message>
    <message>
        <source>This is an Excel 97-2003 workbook (.xls), not a CSV file. Open it in your spreadsheet, save it as &quot;CSV UTF-8&quot; and import that file.</source>
        <translation>To jest skoroszyt Excel 97-2003 (.xls), a nie plik CSV. Otwórz go w arkuszu kalkulacyjnym, zapisz jako „CSV UTF-8” i zaimportuj ten plik.</translation>
    </message>
    <message>
        <source>This is a PDF document, not a CSV file. Export the list as CSV from where it came and import that file.</source>
        <translation>To jest dokument PDF, a nie plik CSV. Wyeksportuj listę jako CSV z miejsca, z którego pochodzi, i zaimportuj ten plik.</translation>
    </message>
    <message>
        <source>The file holds binary data, not text: it is not a CSV file.</source>
        <translation>Plik zawiera dane binarne, a nie tekst: to nie jest plik CSV.</translation>
    </message>
    <message>
        <source>The file is empty: it has no header row.</source>
        <translation>Plik jest pusty: brak wiersza nagłówka.</translation>
    </message>
</context>
<context>
    <name>lr::CurrencyService</name>
    <message>
        <source>The home currency &quot;%1&quot; is not a currency code: use three capital letters, like EUR.</source>
        <translation>Waluta główna „%1” nie jest kodem waluty: użyj trzech wielkich liter, np. EUR.</translation>
    </message>
    <message>
        <source>The home currency %1 is worth exactly 1 of itself.</source>
        <translation>Waluta główna %1 jest warta dokładnie 1 samej siebie.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code: use three capital letters, like PLN.</source>
        <translation>„%1” nie jest kodem waluty: użyj trzech wielkich liter, np. PLN.</translation>
    </message>
    <message>
        <source>The rate of %1 must be a number above 0, like 4.3 (units of %1 for one %2).</source>
        <translation>Kurs %1 musi być liczbą większą od 0, np. 4,3 (jednostek %1 za jeden %2).</translation>
    </message>
    <message>
        <source>%1 has no rate yet: give it one before making it the home currency.</source>
        <translation>%1 nie ma jeszcze kursu: podaj go, zanim ustawisz ją jako walutę główną.</translation>
    </message>
    <message>
        <source>Only an admin may change the home currency and the exchange rates.</source>
        <translation>Tylko administrator może zmieniać walutę główną i kursy walut.</translation>
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
    <message>
        <source>Database error: %1</source>
        <translation>Błąd bazy danych: %1</translation>
    </message>
    <message>
        <source>the connection is not open</source>
        <translation>połączenie nie jest otwarte</translation>
    </message>
</context>
<context>
    <name>lr::DayPhrases</name>
    <message numerus="yes">
        <source>within %n day(s)</source>
        <translation>
            <numerusform>w ciągu %n dnia</numerusform>
            <numerusform>w ciągu %n dni</numerusform>
            <numerusform>w ciągu %n dni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>za %n dzień</numerusform>
            <numerusform>za %n dni</numerusform>
            <numerusform>za %n dni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>for %n day(s)</source>
        <translation>
            <numerusform>od %n dnia</numerusform>
            <numerusform>od %n dni</numerusform>
            <numerusform>od %n dni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>for over %n day(s)</source>
        <translation>
            <numerusform>od ponad %n dnia</numerusform>
            <numerusform>od ponad %n dni</numerusform>
            <numerusform>od ponad %n dni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>more than %n day(s)</source>
        <translation>
            <numerusform>ponad %n dzień</numerusform>
            <numerusform>ponad %n dni</numerusform>
            <numerusform>ponad %n dni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>last %n day(s)</source>
        <translation>
            <numerusform>ostatni %n dzień</numerusform>
            <numerusform>ostatnie %n dni</numerusform>
            <numerusform>ostatnie %n dni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in the last %n day(s)</source>
        <translation>
            <numerusform>w ciągu ostatniego %n dnia</numerusform>
            <numerusform>w ciągu ostatnich %n dni</numerusform>
            <numerusform>w ciągu ostatnich %n dni</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lr::DealAutomation</name>
    <message>
        <source>An email to &quot;%1&quot; bounced: check the contact&apos;s address</source>
        <translation>E-mail do „%1” został odbity: sprawdź adres kontaktu</translation>
    </message>
    <message>
        <source>Move &quot;%1&quot; to %2: it needs %3</source>
        <translation>Przenieś „%1” do %2: wymaga %3</translation>
    </message>
</context>
<context>
    <name>lr::DealFieldMap</name>
    <message>
        <source>&quot;%1&quot; is not a deal field. Known fields: %2.</source>
        <translation>„%1” nie jest polem szansy. Znane pola: %2.</translation>
    </message>
    <message>
        <source>No deal name, company or id column found. Columns: %1. Map one with --map &quot;Header=title&quot;.</source>
        <translation>Nie znaleziono kolumny z nazwą szansy, firmą ani identyfikatorem. Kolumny: %1. Zmapuj jedną opcją --map &quot;Header=title&quot;.</translation>
    </message>
</context>
<context>
    <name>lr::DealFields</name>
    <message>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Waluta</translation>
    </message>
    <message>
        <source>Expected close date</source>
        <translation>Przewidywana data zamknięcia</translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation>Decydent</translation>
    </message>
    <message>
        <source>VAT / company ID</source>
        <translation>NIP / identyfikator firmy</translation>
    </message>
    <message>
        <source>Billing email</source>
        <translation>E-mail do faktur</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>Powód przegranej</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Następny krok</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>The value &quot;%1&quot; is not a number; write it like 12500 or 12500.50.</source>
        <translation>Wartość „%1” nie jest liczbą; wpisz ją np. jako 12500 lub 12500.50.</translation>
    </message>
    <message>
        <source>A deal&apos;s value cannot be negative (%1).</source>
        <translation>Wartość szansy nie może być ujemna (%1).</translation>
    </message>
    <message>
        <source>The value %1 is too large.</source>
        <translation>Wartość %1 jest zbyt duża.</translation>
    </message>
    <message>
        <source>A currency is a three-letter code such as EUR, not &quot;%1&quot;.</source>
        <translation>Waluta to trzyliterowy kod, np. EUR, a nie „%1”.</translation>
    </message>
    <message>
        <source>The expected close date &quot;%1&quot; is not a date; write YYYY-MM-DD.</source>
        <translation>Przewidywana data zamknięcia „%1” nie jest datą; wpisz RRRR-MM-DD.</translation>
    </message>
    <message>
        <source>The billing email &quot;%1&quot; is not a valid address.</source>
        <translation>E-mail do faktur „%1” nie jest prawidłowym adresem.</translation>
    </message>
    <message>
        <source>The lost reason &quot;%1&quot; is not on the list: %2.</source>
        <translation>Powodu przegranej „%1” nie ma na liście: %2.</translation>
    </message>
    <message>
        <source>A deal needs a title.</source>
        <translation>Szansa sprzedaży musi mieć nazwę.</translation>
    </message>
    <message>
        <source>Unknown deal field &quot;%1&quot;; known fields: %2.</source>
        <translation>Nieznane pole szansy „%1”; znane pola: %2.</translation>
    </message>
    <message>
        <source>The expected close date %1 lies %2 in the past; an open deal needs a date it can still close on.</source>
        <translation>Przewidywana data zamknięcia %1 przypada %2 w przeszłości; otwarta szansa wymaga daty, w której może jeszcze zostać zamknięta.</translation>
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
    <name>lr::DealService</name>
    <message>
        <source>There is no pipeline %1.</source>
        <translation>Nie ma lejka %1.</translation>
    </message>
    <message>
        <source>There is no stage &quot;%1&quot; in the pipeline %2. Stages: %3.</source>
        <translation>W lejku %2 nie ma etapu „%1”. Etapy: %3.</translation>
    </message>
    <message>
        <source>Deal %1 is not one of the deals you may move.</source>
        <translation>Szansy %1 nie możesz przenosić.</translation>
    </message>
    <message>
        <source>There is no deal %1.</source>
        <translation>Nie ma szansy %1.</translation>
    </message>
    <message>
        <source>There is no stage %1.</source>
        <translation>Nie ma etapu %1.</translation>
    </message>
    <message>
        <source>The stage %1 belongs to another pipeline than deal %2.</source>
        <translation>Etap %1 należy do innego lejka niż szansa %2.</translation>
    </message>
    <message>
        <source>Deal %1 is Closed Won; it cannot move back to %2. Open a new deal for further business.</source>
        <translation>Szansa %1 jest wygrana; nie może wrócić do etapu %2. Dla dalszej współpracy otwórz nową szansę.</translation>
    </message>
    <message>
        <source>Unknown deal field &quot;%1&quot;; known fields: %2.</source>
        <translation>Nieznane pole szansy „%1”; znane pola: %2.</translation>
    </message>
    <message>
        <source>Deal %1 cannot enter %2 yet; it needs: %3.</source>
        <translation>Szansa %1 nie może jeszcze wejść do etapu %2; wymaga: %3.</translation>
    </message>
    <message>
        <source>Deal %1 is already in %2.</source>
        <translation>Szansa %1 jest już w etapie %2.</translation>
    </message>
    <message>
        <source>Deal %1 moved to %2.</source>
        <translation>Szansa %1 przeniesiona do etapu %2.</translation>
    </message>
    <message>
        <source>Deal %1 is not one of the deals you may change.</source>
        <translation>Szansy %1 nie możesz zmieniać.</translation>
    </message>
    <message>
        <source>%1 of a deal in %2 cannot be changed any more.</source>
        <translation>Pola %1 szansy w etapie %2 nie można już zmienić.</translation>
    </message>
    <message>
        <source>%1 is required while the deal is in %2.</source>
        <translation>Pole %1 jest wymagane, gdy szansa jest w etapie %2.</translation>
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
    <name>lr::DemoDealFactory</name>
    <message>
        <source>Kick-off and hand-off – %1</source>
        <translation>Spotkanie startowe i przekazanie – %1</translation>
    </message>
</context>
<context>
    <name>lr::DemoLeadHistory</name>
    <message>
        <source>Call #%1 – %2</source>
        <translation>Telefon nr %1 – %2</translation>
    </message>
    <message>
        <source>Book discovery call with %1</source>
        <translation>Umów rozmowę rozpoznawczą z: %1</translation>
    </message>
    <message>
        <source>Prepare discovery call with %1</source>
        <translation>Przygotuj rozmowę rozpoznawczą z: %1</translation>
    </message>
    <message>
        <source>Send proposal to %1</source>
        <translation>Wyślij ofertę: %1</translation>
    </message>
    <message>
        <source>Check in with %1 – nurture</source>
        <translation>Odezwij się do: %1 – nurturing</translation>
    </message>
    <message>
        <source>No reply – stays in nurture</source>
        <translation>Brak odpowiedzi – zostaje w nurturingu</translation>
    </message>
    <message>
        <source>done</source>
        <translation>zrobione</translation>
    </message>
</context>
<context>
    <name>lr::DemoSalesOrg</name>
    <message>
        <source>No team covers %1 → fallback owner</source>
        <translation>Żaden zespół nie obsługuje %1 → właściciel awaryjny</translation>
    </message>
    <message>
        <source>Enterprise segment (%1 employees) → enterprise AE</source>
        <translation>Segment enterprise (%1 pracowników) → handlowiec enterprise</translation>
    </message>
    <message>
        <source>Territory %1 → round robin</source>
        <translation>Terytorium %1 → po kolei</translation>
    </message>
    <message>
        <source>Territory %1</source>
        <translation>Terytorium %1</translation>
    </message>
    <message>
        <source>(skipped %1: out of office)</source>
        <translation>(pominięto: %1 – poza biurem)</translation>
    </message>
    <message>
        <source>No rep covers %1 → team manager (fallback)</source>
        <translation>Żaden handlowiec nie obsługuje %1 → menedżer zespołu (awaryjnie)</translation>
    </message>
    <message>
        <source>%1 out of office → team manager (fallback)</source>
        <translation>%1 poza biurem → menedżer zespołu (awaryjnie)</translation>
    </message>
</context>
<context>
    <name>lr::DemoText</name>
    <message>
        <source>Company size: %1</source>
        <translation>Wielkość firmy: %1</translation>
    </message>
    <message>
        <source>Budget: under 5,000 per year</source>
        <translation>Budżet: poniżej 5 000 rocznie</translation>
    </message>
    <message>
        <source>Budget: 5,000–20,000 per year</source>
        <translation>Budżet: 5 000–20 000 rocznie</translation>
    </message>
    <message>
        <source>Budget: over 20,000 per year</source>
        <translation>Budżet: powyżej 20 000 rocznie</translation>
    </message>
    <message>
        <source>Budget: not decided yet</source>
        <translation>Budżet: jeszcze nieustalony</translation>
    </message>
    <message>
        <source>Use case: answer inbound leads within 5 minutes</source>
        <translation>Zastosowanie: odpowiadać na przychodzące leady w ciągu 5 minut</translation>
    </message>
    <message>
        <source>Use case: replace our spreadsheet pipeline</source>
        <translation>Zastosowanie: zastąpić lejek prowadzony w arkuszu</translation>
    </message>
    <message>
        <source>Use case: route leads across countries and languages</source>
        <translation>Zastosowanie: przydzielać leady między krajami i językami</translation>
    </message>
    <message>
        <source>Use case: measure speed-to-lead per rep</source>
        <translation>Zastosowanie: mierzyć czas reakcji każdego handlowca</translation>
    </message>
    <message>
        <source>Use case: stop losing leads after trade shows</source>
        <translation>Zastosowanie: przestać tracić leady po targach</translation>
    </message>
    <message>
        <source>Lost to competitor (HubSpot)</source>
        <translation>Przegrana z konkurencją (HubSpot)</translation>
    </message>
    <message>
        <source>Lost to competitor (Pipedrive)</source>
        <translation>Przegrana z konkurencją (Pipedrive)</translation>
    </message>
    <message>
        <source>No budget this year</source>
        <translation>Brak budżetu w tym roku</translation>
    </message>
    <message>
        <source>Timing – revisit next quarter</source>
        <translation>Nie teraz – wrócić w przyszłym kwartale</translation>
    </message>
    <message>
        <source>No decision – went dark</source>
        <translation>Brak decyzji – kontakt się urwał</translation>
    </message>
    <message>
        <source>Chose to build in-house</source>
        <translation>Wybrali własne rozwiązanie</translation>
    </message>
    <message>
        <source>Price too high</source>
        <translation>Za wysoka cena</translation>
    </message>
    <message>
        <source>E-mail bounced (hard bounce)</source>
        <translation>E-mail odrzucony (twarde odbicie)</translation>
    </message>
    <message>
        <source>Call to qualify</source>
        <translation>Zadzwonić i zakwalifikować</translation>
    </message>
    <message>
        <source>Second call attempt</source>
        <translation>Druga próba telefonu</translation>
    </message>
    <message>
        <source>Book the discovery call</source>
        <translation>Umówić rozmowę wstępną</translation>
    </message>
    <message>
        <source>Run the discovery call</source>
        <translation>Przeprowadzić rozmowę wstępną</translation>
    </message>
    <message>
        <source>Follow up on the proposal</source>
        <translation>Dopytać o ofertę</translation>
    </message>
    <message>
        <source>Agree on terms and sign</source>
        <translation>Uzgodnić warunki i podpisać</translation>
    </message>
    <message>
        <source>Proposal sent to %1</source>
        <translation>Oferta wysłana do: %1</translation>
    </message>
    <message>
        <source>Contract signed</source>
        <translation>Umowa podpisana</translation>
    </message>
    <message>
        <source>First call attempt – no answer</source>
        <translation>Pierwsza próba telefonu – brak odpowiedzi</translation>
    </message>
    <message>
        <source>First call attempt – left a voicemail</source>
        <translation>Pierwsza próba telefonu – zostawiona wiadomość głosowa</translation>
    </message>
    <message>
        <source>Intro e-mail with two time slots for a 15-minute call</source>
        <translation>E-mail powitalny z dwoma terminami 15-minutowej rozmowy</translation>
    </message>
    <message>
        <source>Reached %1. %2</source>
        <translation>Rozmowa z: %1. %2</translation>
    </message>
    <message>
        <source>Wants to see a demo.</source>
        <translation>Chce zobaczyć demo.</translation>
    </message>
    <message>
        <source>Discovery call – %1</source>
        <translation>Rozmowa wstępna – %1</translation>
    </message>
    <message>
        <source>Discovery call: need confirmed, budget owner identified, timeline this quarter</source>
        <translation>Rozmowa wstępna: potrzeba potwierdzona, decydent budżetowy znany, termin w tym kwartale</translation>
    </message>
    <message>
        <source>Sent the case study; timing is not now – nurture and check again next quarter</source>
        <translation>Wysłano studium przypadku; to jeszcze nie ten moment – pielęgnować i sprawdzić w przyszłym kwartale</translation>
    </message>
    <message>
        <source>No budget</source>
        <translation>Brak budżetu</translation>
    </message>
    <message>
        <source>Wrong fit: company too small</source>
        <translation>Nie pasuje: firma za mała</translation>
    </message>
    <message>
        <source>Competitor doing research</source>
        <translation>Konkurencja robi rozeznanie</translation>
    </message>
    <message>
        <source>No reply after 5 touches in 14 days</source>
        <translation>Brak odpowiedzi po 5 kontaktach w 14 dni</translation>
    </message>
    <message>
        <source>Looking for a job, not a product</source>
        <translation>Szuka pracy, nie produktu</translation>
    </message>
    <message>
        <source>Disqualified: %1</source>
        <translation>Zdyskwalifikowany: %1</translation>
    </message>
    <message>
        <source>student / intern – no buying authority</source>
        <translation>student / stażysta – brak uprawnień zakupowych</translation>
    </message>
    <message>
        <source>Converted to a deal</source>
        <translation>Przekształcony w szansę sprzedaży</translation>
    </message>
    <message>
        <source>Reached %1 – wants a demo next week</source>
        <translation>Rozmowa z: %1 – chce demo w przyszłym tygodniu</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Urlop</translation>
    </message>
    <message>
        <source>Sick leave</source>
        <translation>Zwolnienie lekarskie</translation>
    </message>
    <message>
        <source>Vacation</source>
        <translation>Urlop wypoczynkowy</translation>
    </message>
</context>
<context>
    <name>lr::DuplicateFinder</name>
    <message>
        <source>Only managers and admins can review and merge duplicates.</source>
        <translation>Tylko menedżerowie i administratorzy mogą przeglądać i scalać duplikaty.</translation>
    </message>
    <message>
        <source>Same phone %1</source>
        <translation>Ten sam telefon %1</translation>
    </message>
    <message>
        <source>different names</source>
        <translation>różne nazwy</translation>
    </message>
    <message>
        <source>Same company %1</source>
        <translation>Ta sama firma %1</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>ta sama nazwa</translation>
    </message>
    <message>
        <source>similar names %1 / %2 (%3 %)</source>
        <translation>podobne nazwy %1 / %2 (%3 %)</translation>
    </message>
    <message>
        <source>similar addresses %1 / %2</source>
        <translation>podobne adresy %1 / %2</translation>
    </message>
    <message>
        <source>One of the two leads no longer exists or is not visible to you.</source>
        <translation>Jeden z dwóch leadów już nie istnieje lub nie jest dla ciebie widoczny.</translation>
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
    <message>
        <source>%1 is on the blocked address list.</source>
        <translation>%1 jest na liście zablokowanych adresów.</translation>
    </message>
    <message>
        <source>The cell held %1 addresses; the first, %2, was kept.</source>
        <translation>Komórka zawierała kilka adresów (%1); zachowano pierwszy, %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more than one @ sign.</source>
        <translation>„%1” zawiera więcej niż jeden znak @.</translation>
    </message>
    <message>
        <source>%1 is a no-reply address: nobody reads what is sent to it.</source>
        <translation>%1 to adres no-reply: nikt nie czyta tego, co na niego przychodzi.</translation>
    </message>
</context>
<context>
    <name>lr::EnrichmentPass</name>
    <message numerus="yes">
        <source>Stopped after %n failed lookup(s) in a row; the last one: %1</source>
        <translation>
            <numerusform>Zatrzymano po %n nieudanym wyszukiwaniu z rzędu; ostatnie: %1</numerusform>
            <numerusform>Zatrzymano po %n nieudanych wyszukiwaniach z rzędu; ostatnie: %1</numerusform>
            <numerusform>Zatrzymano po %n nieudanych wyszukiwaniach z rzędu; ostatnie: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lr::EnrichmentRepository</name>
    <message>
        <source>Enrichment cannot fill the company field &quot;%1&quot;.</source>
        <translation>Wzbogacanie nie może wypełnić pola firmy „%1”.</translation>
    </message>
    <message>
        <source>Enrichment cannot fill the lead field &quot;%1&quot;.</source>
        <translation>Wzbogacanie nie może wypełnić pola leada „%1”.</translation>
    </message>
</context>
<context>
    <name>lr::EnrichmentService</name>
    <message>
        <source>Only an administrator can manage enrichment.</source>
        <translation>Tylko administrator może zarządzać wzbogacaniem danych.</translation>
    </message>
    <message>
        <source>Choose a CSV file to import.</source>
        <translation>Wybierz plik CSV do zaimportowania.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Nie można odczytać %1: %2</translation>
    </message>
</context>
<context>
    <name>lr::EventIntake</name>
    <message>
        <source>The event has no &quot;type&quot;; known types: %1.</source>
        <translation>Zdarzenie nie ma pola &quot;type&quot;; znane typy: %1.</translation>
    </message>
    <message>
        <source>Unknown event type &quot;%1&quot;; known types: %2.</source>
        <translation>Nieznany typ zdarzenia „%1”; znane typy: %2.</translation>
    </message>
    <message>
        <source>&quot;lead_id&quot; must be a positive number.</source>
        <translation>&quot;lead_id&quot; musi być liczbą dodatnią.</translation>
    </message>
    <message>
        <source>&quot;email&quot; must be text.</source>
        <translation>&quot;email&quot; musi być tekstem.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation>„%1” nie jest adresem e-mail.</translation>
    </message>
    <message>
        <source>The event names nobody: give &quot;email&quot; or &quot;lead_id&quot;.</source>
        <translation>Zdarzenie nikogo nie wskazuje: podaj &quot;email&quot; lub &quot;lead_id&quot;.</translation>
    </message>
    <message>
        <source>The time %1 is not a date.</source>
        <translation>Czas %1 nie jest datą.</translation>
    </message>
    <message>
        <source>The time &quot;%1&quot; is not a date.</source>
        <translation>Czas „%1” nie jest datą.</translation>
    </message>
    <message>
        <source>&quot;at&quot; must be a date text or epoch milliseconds.</source>
        <translation>&quot;at&quot; musi być datą w formie tekstu lub liczbą milisekund epoki.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be text.</source>
        <translation>„%1” musi być tekstem.</translation>
    </message>
    <message>
        <source>The event could not be stored: %1</source>
        <translation>Nie udało się zapisać zdarzenia: %1</translation>
    </message>
    <message>
        <source>The event is not valid JSON: %1</source>
        <translation>Zdarzenie nie jest prawidłowym JSON: %1</translation>
    </message>
    <message>
        <source>The event must be a JSON object.</source>
        <translation>Zdarzenie musi być obiektem JSON.</translation>
    </message>
    <message>
        <source>There is no lead %1.</source>
        <translation>Nie ma leada %1.</translation>
    </message>
    <message>
        <source>No lead has the address %1 yet; the event is kept for when they appear.</source>
        <translation>Żaden lead nie ma jeszcze adresu %1; zdarzenie zostanie zachowane do czasu jego pojawienia się.</translation>
    </message>
</context>
<context>
    <name>lr::FirmographicsImporter</name>
    <message>
        <source>No domain column found (expected a header such as Domain, Website or URL).</source>
        <translation>Nie znaleziono kolumny z domeną (oczekiwano nagłówka takiego jak Domain, Website lub URL).</translation>
    </message>
    <message>
        <source>Only a domain column was found; expected at least one of Company, Employees, Industry, Revenue, Country or LinkedIn.</source>
        <translation>Znaleziono tylko kolumnę z domeną; oczekiwano co najmniej jednej z kolumn Company, Employees, Industry, Revenue, Country lub LinkedIn.</translation>
    </message>
    <message>
        <source>The import stopped at row %1 (rows before %2 are stored): %3</source>
        <translation>Import zatrzymał się na wierszu %1 (wiersze przed %2 są zapisane): %3</translation>
    </message>
    <message>
        <source>The import failed at its end (rows before %1 are stored): %2</source>
        <translation>Import nie powiódł się na końcu (wiersze przed %1 są zapisane): %2</translation>
    </message>
</context>
<context>
    <name>lr::FirmographicsParser</name>
    <message>
        <source>The domain is empty.</source>
        <translation>Domena jest pusta.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web domain (expected something like acme.com).</source>
        <translation>„%1” nie jest domeną internetową (oczekiwano np. acme.com).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of employees (expected 250, 1.2k or 51-200).</source>
        <translation>„%1” nie jest liczbą pracowników (oczekiwano 250, 1.2k lub 51-200).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount of revenue (expected 2500000, 2.5M or $750k).</source>
        <translation>„%1” nie jest kwotą przychodu (oczekiwano 2500000, 2.5M lub $750k).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a country (expected a name or a code such as DE).</source>
        <translation>„%1” nie jest krajem (oczekiwano nazwy lub kodu, np. DE).</translation>
    </message>
</context>
<context>
    <name>lr::FirmographicsRepository</name>
    <message>
        <source>A firmographics row needs a domain.</source>
        <translation>Wiersz danych firmograficznych wymaga domeny.</translation>
    </message>
</context>
<context>
    <name>lr::HttpJsonProvider</name>
    <message>
        <source>The enrichment service sent malformed JSON for %1: %2</source>
        <translation>Usługa wzbogacania przesłała nieprawidłowy JSON dla %1: %2</translation>
    </message>
    <message>
        <source>The enrichment service sent JSON for %1 that is not an object.</source>
        <translation>Usługa wzbogacania przesłała dla %1 JSON, który nie jest obiektem.</translation>
    </message>
    <message>
        <source>The enrichment service did not answer within %1 ms</source>
        <translation>Usługa wzbogacania nie odpowiedziała w ciągu %1 ms</translation>
    </message>
    <message>
        <source>The enrichment service could not be reached (%1)</source>
        <translation>Nie można połączyć się z usługą wzbogacania (%1)</translation>
    </message>
    <message>
        <source>The enrichment service answered HTTP %1</source>
        <translation>Usługa wzbogacania odpowiedziała kodem HTTP %1</translation>
    </message>
    <message>
        <source>%1 for %2 (%3).</source>
        <translation>%1 dla %2 (%3).</translation>
    </message>
    <message numerus="yes">
        <source>%1 for %2 after %n attempt(s).</source>
        <translation>
            <numerusform>%1 dla %2 po %n próbie.</numerusform>
            <numerusform>%1 dla %2 po %n próbach.</numerusform>
            <numerusform>%1 dla %2 po %n próbach.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lr::HttpProviderSettings</name>
    <message>
        <source>The HTTP provider has no URL template.</source>
        <translation>Dostawca HTTP nie ma szablonu URL.</translation>
    </message>
    <message>
        <source>The URL template must contain {domain}, e.g. https://api.example.com/companies?domain={domain}.</source>
        <translation>Szablon URL musi zawierać {domain}, np. https://api.example.com/companies?domain={domain}.</translation>
    </message>
    <message>
        <source>The URL template &quot;%1&quot; is not an http:// or https:// address.</source>
        <translation>Szablon URL „%1” nie jest adresem http:// ani https://.</translation>
    </message>
    <message>
        <source>The timeout must be between %1 and %2 ms.</source>
        <translation>Limit czasu musi wynosić od %1 do %2 ms.</translation>
    </message>
    <message>
        <source>The number of retries must be between 0 and %1.</source>
        <translation>Liczba ponownych prób musi wynosić od 0 do %1.</translation>
    </message>
</context>
<context>
    <name>lr::HygieneList</name>
    <message>
        <source>Disposable domains</source>
        <translation>Domeny jednorazowe</translation>
    </message>
    <message>
        <source>Free-mail domains</source>
        <translation>Domeny darmowej poczty</translation>
    </message>
    <message>
        <source>Allowed company domains</source>
        <translation>Dozwolone domeny firmowe</translation>
    </message>
    <message>
        <source>Blocked addresses</source>
        <translation>Zablokowane adresy</translation>
    </message>
</context>
<context>
    <name>lr::HygieneListRepository</name>
    <message>
        <source>%1 is already on the list &quot;%2&quot;.</source>
        <translation>%1 jest już na liście „%2”.</translation>
    </message>
    <message>
        <source>The list entry %1 does not exist (any more).</source>
        <translation>Wpis %1 na liście nie istnieje (już).</translation>
    </message>
</context>
<context>
    <name>lr::HygieneListService</name>
    <message>
        <source>Enter a domain, for example firma.de.</source>
        <translation>Wpisz domenę, np. firma.de.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a domain name. Enter just the domain, like firma.de or bücher.de (no @, no http://, no spaces).</source>
        <translation>„%1” nie jest nazwą domeny. Wpisz samą domenę, np. firma.de lub bücher.de (bez @, bez http://, bez spacji).</translation>
    </message>
    <message>
        <source>Enter an email address, for example bot@firma.de.</source>
        <translation>Wpisz adres e-mail, np. bot@firma.de.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address: %2</source>
        <translation>„%1” nie jest adresem e-mail: %2</translation>
    </message>
    <message>
        <source>%1 is on the list &quot;%2&quot;. Remove it there first.</source>
        <translation>%1 jest na liście „%2”. Najpierw usuń go stamtąd.</translation>
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
        <source>Saved, but not processed yet (%1); it will be processed on the next start.</source>
        <translation>Zapisano, ale jeszcze nie przetworzono (%1); zostanie przetworzone przy następnym uruchomieniu.</translation>
    </message>
    <message>
        <source>The country &quot;%1&quot; is not known; it was left empty.</source>
        <translation>Kraj „%1” jest nieznany; pole pozostawiono puste.</translation>
    </message>
    <message>
        <source>The language &quot;%1&quot; is not known; it was left empty.</source>
        <translation>Język „%1” jest nieznany; pole pozostawiono puste.</translation>
    </message>
    <message>
        <source>The submission time &quot;%1&quot; is not a date; the time it arrived was used.</source>
        <translation>Czas wysłania zgłoszenia „%1” nie jest datą; użyto czasu jego wpłynięcia.</translation>
    </message>
    <message>
        <source>The submission time &quot;%1&quot; is in the future; the time it arrived was used.</source>
        <translation>Czas wysłania zgłoszenia „%1” przypada w przyszłości; użyto czasu jego wpłynięcia.</translation>
    </message>
</context>
<context>
    <name>lr::IntakeSettings</name>
    <message>
        <source>&quot;%1&quot; is not an IP address. Use 127.0.0.1 for this computer only, or 0.0.0.0 for every network.</source>
        <translation>„%1” nie jest adresem IP. Użyj 127.0.0.1 tylko dla tego komputera lub 0.0.0.0 dla wszystkich sieci.</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535 (or 0 for any free port).</source>
        <translation>Port musi mieć wartość od 1 do 65535 (lub 0 dla dowolnego wolnego portu).</translation>
    </message>
    <message>
        <source>Set a bearer token before listening on %1: other computers can reach it.</source>
        <translation>Ustaw token okaziciela przed nasłuchiwaniem na %1: inne komputery mogą się z nim połączyć.</translation>
    </message>
    <message>
        <source>The token may only contain visible ASCII characters, no spaces.</source>
        <translation>Token może zawierać tylko widoczne znaki ASCII, bez spacji.</translation>
    </message>
</context>
<context>
    <name>lr::KpiBands</name>
    <message>
        <source>target &lt; 5 min</source>
        <translation>cel &lt; 5 min</translation>
    </message>
    <message>
        <source>target ≥ 80 %</source>
        <translation>cel ≥ 80 %</translation>
    </message>
    <message>
        <source>benchmark 20–30 %</source>
        <translation>benchmark 20–30 %</translation>
    </message>
    <message>
        <source>benchmark 40–50 %</source>
        <translation>benchmark 40–50 %</translation>
    </message>
    <message>
        <source>target &gt; 80 %</source>
        <translation>cel &gt; 80 %</translation>
    </message>
    <message>
        <source>typical 20–30 %</source>
        <translation>typowo 20–30 %</translation>
    </message>
    <message>
        <source>target &lt; 2 %</source>
        <translation>cel &lt; 2 %</translation>
    </message>
    <message>
        <source>target 0</source>
        <translation>cel 0</translation>
    </message>
    <message>
        <source>trend to 0</source>
        <translation>dążyć do 0</translation>
    </message>
    <message>
        <source>benchmark 30–50 %</source>
        <translation>benchmark 30–50 %</translation>
    </message>
    <message>
        <source>Speed-to-lead (median)</source>
        <translation>Czas reakcji na lead (mediana)</translation>
    </message>
    <message>
        <source>Touched within 5 min</source>
        <translation>Kontakt w ciągu 5 min</translation>
    </message>
    <message>
        <source>MQL → SQL</source>
        <translation>MQL → SQL</translation>
    </message>
    <message>
        <source>SQL → Opportunity</source>
        <translation>SQL → szansa</translation>
    </message>
    <message>
        <source>Lead → meeting</source>
        <translation>Lead → spotkanie</translation>
    </message>
    <message>
        <source>Meeting hold rate</source>
        <translation>Odsetek odbytych spotkań</translation>
    </message>
    <message>
        <source>No-show rate</source>
        <translation>Odsetek nieobecności</translation>
    </message>
    <message>
        <source>Duplicate rate</source>
        <translation>Odsetek duplikatów</translation>
    </message>
    <message>
        <source>Left in New (last day)</source>
        <translation>Pozostałe w etapie Nowy (ostatni dzień)</translation>
    </message>
    <message>
        <source>SLA reassignments</source>
        <translation>Ponowne przydzielenia z powodu SLA</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Współczynnik wygranych</translation>
    </message>
    <message>
        <source>Won value</source>
        <translation>Wartość wygranych</translation>
    </message>
    <message>
        <source>Average deal</source>
        <translation>Średnia szansa</translation>
    </message>
    <message>
        <source>Sales cycle (median)</source>
        <translation>Cykl sprzedaży (mediana)</translation>
    </message>
    <message>
        <source>Forecast accuracy</source>
        <translation>Trafność prognozy</translation>
    </message>
    <message>
        <source>Marketing-sourced revenue</source>
        <translation>Przychód z marketingu</translation>
    </message>
</context>
<context>
    <name>lr::LeadDispatcher</name>
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
        <source>Lead %1 does not exist.</source>
        <translation>Lead %1 nie istnieje.</translation>
    </message>
    <message>
        <source>entered by hand by the owner</source>
        <translation>wprowadzony ręcznie przez opiekuna</translation>
    </message>
    <message>
        <source>kept %1 (owner of an open deal at the company)</source>
        <translation>zachowano %1 (opiekun otwartej szansy w firmie)</translation>
    </message>
    <message>
        <source>User %1 does not exist.</source>
        <translation>Użytkownik %1 nie istnieje.</translation>
    </message>
    <message>
        <source>reassigned to %1</source>
        <translation>przydzielono ponownie do %1</translation>
    </message>
    <message>
        <source>Call %1 – %2</source>
        <translation>Zadzwoń: %1 – %2</translation>
    </message>
    <message>
        <source>%1 – due in %2</source>
        <translation>%1 – termin za %2</translation>
    </message>
    <message>
        <source>%1 is yours now (%2).</source>
        <translation>%1 jest teraz twój (%2).</translation>
    </message>
    <message>
        <source>Named account: %1</source>
        <translation>Konto kluczowe: %1</translation>
    </message>
    <message>
        <source>Lead %1 does not exist or is not yours.</source>
        <translation>Lead %1 nie istnieje lub nie jest twój.</translation>
    </message>
    <message>
        <source>Say why the lead is disqualified.</source>
        <translation>Podaj powód dyskwalifikacji leada.</translation>
    </message>
    <message>
        <source>disqualified: %1</source>
        <translation>zdyskwalifikowany: %1</translation>
    </message>
    <message>
        <source>Task %1 is not open or not yours.</source>
        <translation>Zadanie %1 nie jest otwarte lub nie jest twoje.</translation>
    </message>
    <message>
        <source>Only managers and admins can reassign leads.</source>
        <translation>Tylko menedżerowie i administratorzy mogą ponownie przydzielać leady.</translation>
    </message>
    <message>
        <source>The new owner must be an active user.</source>
        <translation>Nowy opiekun musi być aktywnym użytkownikiem.</translation>
    </message>
    <message>
        <source>A manager can only hand leads to their own team.</source>
        <translation>Menedżer może przekazywać leady tylko własnemu zespołowi.</translation>
    </message>
    <message>
        <source>reassigned by hand</source>
        <translation>przydzielono ponownie ręcznie</translation>
    </message>
    <message>
        <source>reassigned by %1</source>
        <translation>przydzielono ponownie przez %1</translation>
    </message>
    <message>
        <source>Only an admin or the user&apos;s manager can deactivate a user.</source>
        <translation>Tylko administrator lub menedżer użytkownika może dezaktywować użytkownika.</translation>
    </message>
    <message>
        <source>Only the user, their manager or an admin can plan an absence.</source>
        <translation>Tylko sam użytkownik, jego menedżer lub administrator może zaplanować nieobecność.</translation>
    </message>
    <message>
        <source>An absence must end after it starts.</source>
        <translation>Nieobecność musi kończyć się po jej rozpoczęciu.</translation>
    </message>
    <message>
        <source>%1 is still waiting: %2 left on the SLA – call now.</source>
        <translation>%1 nadal czeka: do końca SLA zostało %2 – zadzwoń teraz.</translation>
    </message>
    <message>
        <source>SLA breached: %1 has not been contacted by %2.</source>
        <translation>Naruszono SLA: %1 nie otrzymał kontaktu do %2.</translation>
    </message>
    <message>
        <source>Incident: %1 was reassigned to %2 after an SLA breach.</source>
        <translation>Incydent: %1 przydzielono ponownie do %2 po naruszeniu SLA.</translation>
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
        <translation>„%1” nie jest polem leada. Znane pola: %2.</translation>
    </message>
    <message>
        <source>No email column found. Columns: %1. Map one with --map &quot;Header=email&quot;.</source>
        <translation>Nie znaleziono kolumny z adresem e-mail. Kolumny: %1. Zmapuj jedną z nich za pomocą --map &quot;Header=email&quot;.</translation>
    </message>
    <message>
        <source>The file has no column &quot;%1&quot; to map. Columns: %2.</source>
        <translation>Plik nie zawiera kolumny „%1” do zmapowania. Kolumny: %2.</translation>
    </message>
</context>
<context>
    <name>lr::LeadFormValidator</name>
    <message>
        <source>An email address is required.</source>
        <translation>Adres e-mail jest wymagany.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a two-letter country code (ISO 3166), such as PL or BG.</source>
        <translation>„%1” nie jest dwuliterowym kodem kraju (ISO 3166), np. PL lub BG.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a two-letter language code (ISO 639-1), such as en or bg.</source>
        <translation>„%1” nie jest dwuliterowym kodem języka (ISO 639-1), np. en lub bg.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a lead source.</source>
        <translation>„%1” nie jest źródłem leada.</translation>
    </message>
    <message>
        <source>Free-mail address: the company will not be taken from the email domain.</source>
        <translation>Adres w darmowej poczcie: firma nie zostanie ustalona na podstawie domeny e-mail.</translation>
    </message>
</context>
<context>
    <name>lr::LeadImportService</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Nie można otworzyć %1: %2</translation>
    </message>
</context>
<context>
    <name>lr::LeadMerger</name>
    <message>
        <source>First name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nazwisko</translation>
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
        <source>Company name</source>
        <translation>Nazwa firmy</translation>
    </message>
    <message>
        <source>Company account</source>
        <translation>Konto firmy</translation>
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
        <source>Qualifying answer</source>
        <translation>Odpowiedź kwalifikująca</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Opiekun</translation>
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
        <source>Form</source>
        <translation>Formularz</translation>
    </message>
    <message>
        <source>Form type</source>
        <translation>Typ formularza</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Utworzono</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Użytkownik %1</translation>
    </message>
    <message>
        <source>Company %1</source>
        <translation>Firma %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Same value</source>
        <translation>Ta sama wartość</translation>
    </message>
    <message>
        <source>Only the kept record has a value</source>
        <translation>Tylko zachowany rekord ma wartość</translation>
    </message>
    <message>
        <source>Only the other record has a value</source>
        <translation>Tylko drugi rekord ma wartość</translation>
    </message>
    <message>
        <source>Newer submission</source>
        <translation>Nowsze zgłoszenie</translation>
    </message>
    <message>
        <source>First touch keeps the attribution</source>
        <translation>Pierwszy kontakt zachowuje atrybucję</translation>
    </message>
    <message>
        <source>Owner of the older record</source>
        <translation>Opiekun starszego rekordu</translation>
    </message>
    <message>
        <source>Further along the funnel</source>
        <translation>Dalej w lejku</translation>
    </message>
    <message>
        <source>A lead cannot be merged with itself.</source>
        <translation>Leada nie można scalić z nim samym.</translation>
    </message>
    <message>
        <source>One of the two leads no longer exists or is not visible to you.</source>
        <translation>Jeden z dwóch leadów już nie istnieje lub nie jest dla ciebie widoczny.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field a merge can choose.</source>
        <translation>„%1” nie jest polem, które można wybrać przy scalaniu.</translation>
    </message>
    <message>
        <source>Merge %1 does not exist.</source>
        <translation>Scalenie %1 nie istnieje.</translation>
    </message>
    <message>
        <source>This merge was already undone.</source>
        <translation>To scalenie zostało już cofnięte.</translation>
    </message>
    <message>
        <source>You may not change %1: the lead is not in your team.</source>
        <translation>Nie możesz zmieniać %1: lead nie należy do twojego zespołu.</translation>
    </message>
    <message>
        <source>%1 was merged into another lead afterwards. Undo that merge first.</source>
        <translation>%1 został później scalony z innym leadem. Najpierw cofnij tamto scalenie.</translation>
    </message>
    <message>
        <source>%1 no longer exists, so the merge cannot be undone.</source>
        <translation>%1 już nie istnieje, więc scalenia nie można cofnąć.</translation>
    </message>
    <message>
        <source>%1 was merged again afterwards (with %2). Undo that merge first.</source>
        <translation>%1 został później ponownie scalony (z %2). Najpierw cofnij tamto scalenie.</translation>
    </message>
    <message>
        <source>%1 was edited after the merge (%2). Undoing would overwrite those edits, so nothing was changed.</source>
        <translation>%1 był edytowany po scaleniu (%2). Cofnięcie nadpisałoby te zmiany, więc niczego nie zmieniono.</translation>
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
    <name>lr::LostReasons</name>
    <message>
        <source>Timing</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budżet</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>Konkurencja</translation>
    </message>
    <message>
        <source>No fit</source>
        <translation>Brak dopasowania</translation>
    </message>
    <message>
        <source>No response</source>
        <translation>Brak odpowiedzi</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Inny</translation>
    </message>
</context>
<context>
    <name>lr::ManualLeadEntry</name>
    <message>
        <source>Lead %1 created and assigned to you.</source>
        <translation>Lead %1 został utworzony i przydzielony tobie.</translation>
    </message>
    <message>
        <source>Lead %1 created.</source>
        <translation>Lead %1 został utworzony.</translation>
    </message>
    <message>
        <source>This person is already a lead owned by someone else; the new details were added to that lead.</source>
        <translation>Ta osoba jest już leadem innego opiekuna; nowe dane dodano do tego leada.</translation>
    </message>
    <message>
        <source>This person was already a lead: the new details were merged into %1 (#%2).</source>
        <translation>Ta osoba była już leadem: nowe dane scalono z %1 (#%2).</translation>
    </message>
    <message>
        <source>The lead was quarantined: %1</source>
        <translation>Lead trafił do kwarantanny: %1</translation>
    </message>
    <message>
        <source>The lead was not saved: %1</source>
        <translation>Lead nie został zapisany: %1</translation>
    </message>
    <message>
        <source>Entered by hand by the owner</source>
        <translation>Wprowadzony ręcznie przez opiekuna</translation>
    </message>
</context>
<context>
    <name>lr::MergeRepository</name>
    <message>
        <source>Lead %1 does not exist.</source>
        <translation>Lead %1 nie istnieje.</translation>
    </message>
    <message>
        <source>Merge %1 was already undone.</source>
        <translation>Scalenie %1 zostało już cofnięte.</translation>
    </message>
</context>
<context>
    <name>lr::MetricsRepository</name>
    <message>
        <source>The metrics could not be read: %1</source>
        <translation>Nie udało się odczytać metryk: %1</translation>
    </message>
    <message>
        <source>The daily metrics are not kept per campaign.</source>
        <translation>Dzienne metryki nie są przechowywane w podziale na kampanie.</translation>
    </message>
</context>
<context>
    <name>lr::MetricsService</name>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Okres kończy się przed rozpoczęciem.</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nieprzypisany</translation>
    </message>
</context>
<context>
    <name>lr::NotificationRepository</name>
    <message>
        <source>Notification %1 is not yours.</source>
        <translation>Powiadomienie %1 nie jest twoje.</translation>
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
        <translation>Nowy kontakt w %1 — otwarta szansa %2</translation>
    </message>
    <message>
        <source>%1 has the open deal &quot;%2&quot;: assigned to its owner %3, who was notified.</source>
        <translation>%1 ma otwartą szansę „%2”: przydzielono opiekunowi szansy %3, który otrzymał powiadomienie.</translation>
    </message>
</context>
<context>
    <name>lr::Permissions</name>
    <message>
        <source>%1 is not an active user.</source>
        <translation>%1 nie jest aktywnym użytkownikiem.</translation>
    </message>
    <message>
        <source>Only managers and administrators may import leads.</source>
        <translation>Tylko menedżerowie i administratorzy mogą importować leady.</translation>
    </message>
    <message>
        <source>Only administrators may change the intake settings.</source>
        <translation>Tylko administratorzy mogą zmieniać ustawienia przyjmowania leadów.</translation>
    </message>
    <message>
        <source>Only managers and administrators may import deals.</source>
        <translation>Tylko menedżerowie i administratorzy mogą importować szanse sprzedaży.</translation>
    </message>
    <message>
        <source>Only administrators may edit pipelines and their stages.</source>
        <translation>Tylko administratorzy mogą edytować lejki i ich etapy.</translation>
    </message>
    <message>
        <source>You may not do this.</source>
        <translation>Nie możesz tego zrobić.</translation>
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
    <name>lr::PipelineEditor</name>
    <message>
        <source>Every stage needs a name.</source>
        <translation>Każdy etap musi mieć nazwę.</translation>
    </message>
    <message>
        <source>Two stages are called %1.</source>
        <translation>Dwa etapy mają nazwę %1.</translation>
    </message>
    <message>
        <source>The probability of %1 must be from 0 to 100 %.</source>
        <translation>Prawdopodobieństwo dla %1 musi wynosić od 0 do 100 %.</translation>
    </message>
    <message>
        <source>The stale probability of %1 must be from 0 to 100 %.</source>
        <translation>Prawdopodobieństwo po zastoju dla %1 musi wynosić od 0 do 100 %.</translation>
    </message>
    <message>
        <source>The days of %1 must be from 0 to 3650.</source>
        <translation>Liczba dni dla %1 musi wynosić od 0 do 3650.</translation>
    </message>
    <message>
        <source>%1 requires &quot;%2&quot;, which is no deal field.</source>
        <translation>%1 wymaga „%2”, które nie jest polem szansy.</translation>
    </message>
    <message>
        <source>Two stages are entered on the same fact (%1).</source>
        <translation>Dwa etapy są osiągane przy tym samym zdarzeniu (%1).</translation>
    </message>
    <message>
        <source>%1 cannot be entered on the fact %2.</source>
        <translation>Do %1 nie można przejść przy zdarzeniu %2.</translation>
    </message>
    <message>
        <source>A pipeline needs at least one open stage.</source>
        <translation>Lejek wymaga co najmniej jednego otwartego etapu.</translation>
    </message>
    <message>
        <source>A pipeline needs exactly one won and one lost stage.</source>
        <translation>Lejek wymaga dokładnie jednego etapu wygranej i jednego etapu przegranej.</translation>
    </message>
    <message>
        <source>A pipeline needs a name.</source>
        <translation>Lejek musi mieć nazwę.</translation>
    </message>
    <message>
        <source>There is no pipeline %1.</source>
        <translation>Nie ma lejka %1.</translation>
    </message>
    <message>
        <source>New Lead</source>
        <translation>Nowy lead</translation>
    </message>
    <message>
        <source>Attempted Contact</source>
        <translation>Próba kontaktu</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Nawiązano kontakt</translation>
    </message>
    <message>
        <source>Discovery Booked</source>
        <translation>Umówiona rozmowa rozpoznawcza</translation>
    </message>
    <message>
        <source>Proposal Sent</source>
        <translation>Oferta wysłana</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>Negocjacje</translation>
    </message>
    <message>
        <source>Closed Won</source>
        <translation>Wygrana</translation>
    </message>
    <message>
        <source>Closed Lost</source>
        <translation>Przegrana</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Nieważna</translation>
    </message>
</context>
<context>
    <name>lr::PipelineRepository</name>
    <message>
        <source>A pipeline called %1 exists already.</source>
        <translation>Lejek o nazwie %1 już istnieje.</translation>
    </message>
    <message>
        <source>There is no pipeline %1.</source>
        <translation>Nie ma lejka %1.</translation>
    </message>
    <message numerus="yes">
        <source>The stage %1 still holds %n deal(s); move them before removing it.</source>
        <translation>
            <numerusform>Etap %1 zawiera jeszcze %n szansę; przenieś ją przed usunięciem etapu.</numerusform>
            <numerusform>Etap %1 zawiera jeszcze %n szanse; przenieś je przed usunięciem etapu.</numerusform>
            <numerusform>Etap %1 zawiera jeszcze %n szans; przenieś je przed usunięciem etapu.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lr::PipelineRules</name>
    <message>
        <source>&quot;%1&quot; must be a number of days from 1 to 3650.</source>
        <translation>„%1” musi być liczbą dni od 1 do 3650.</translation>
    </message>
    <message>
        <source>Kick-off call with the customer</source>
        <translation>Spotkanie otwierające z klientem</translation>
    </message>
    <message>
        <source>Hand the account over to onboarding</source>
        <translation>Przekazać konto do wdrożenia</translation>
    </message>
    <message>
        <source>Send the invoice details to billing</source>
        <translation>Przesłać dane do faktury do działu rozliczeń</translation>
    </message>
    <message>
        <source>The ghost-buster&apos;s lost reason &quot;%1&quot; is not on the list: %2.</source>
        <translation>Powód przegranej dla braku kontaktu „%1” nie jest na liście: %2.</translation>
    </message>
    <message>
        <source>The check-in reason &quot;%1&quot; is not on the list: %2.</source>
        <translation>Powód ponownego kontaktu „%1” nie jest na liście: %2.</translation>
    </message>
</context>
<context>
    <name>lr::PipelineTimers</name>
    <message>
        <source>Close &quot;%1&quot; as lost: no answer after the break-up email; it needs %2</source>
        <translation>Zamknij „%1” jako przegraną: brak odpowiedzi po e-mailu pożegnalnym; wymaga %2</translation>
    </message>
    <message>
        <source>Check in with &quot;%1&quot;: lost for %2 on %3.</source>
        <translation>Odezwij się do „%1”: przegrana z powodu %2 w dniu %3.</translation>
    </message>
    <message>
        <source>Account review for &quot;%1&quot; (won on %2): room for an upsell?</source>
        <translation>Przegląd konta „%1” (wygrana %2): czy jest miejsce na upsell?</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Send &quot;%1&quot; a break-up email: no answer %2. It closes as lost %3 unless they reply.</source>
        <translation>Wyślij „%1” e-mail pożegnalny: brak odpowiedzi %2. Jeśli nie będzie odpowiedzi, szansa zostanie zamknięta jako przegrana %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has been in %2 %3; its probability dropped to %4 %. Move it on or close it.</source>
        <translation>„%1” jest w etapie %2 %3; prawdopodobieństwo spadło do %4 %. Przesuń szansę dalej lub ją zamknij.</translation>
    </message>
    <message>
        <source>Send &quot;%1&quot; a break-up email: no answer for %2 days. It closes as lost in %3 days unless they reply.</source>
        <translation>Wyślij „%1” e-mail pożegnalny: brak odpowiedzi od %2 dni. Jeśli nie będzie odpowiedzi, szansa zostanie zamknięta jako przegrana za %3 dni.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has been in %2 for over %3 days; its probability dropped to %4 %. Move it on or close it.</source>
        <translation>„%1” jest w etapie %2 od ponad %3 dni; prawdopodobieństwo spadło do %4 %. Przesuń szansę dalej lub ją zamknij.</translation>
    </message>
</context>
<context>
    <name>lr::QuarantineRepository</name>
    <message>
        <source>Only quarantined or failed entries can be discarded (entry %1).</source>
        <translation>Odrzucić można tylko wpisy w kwarantannie lub nieudane (wpis %1).</translation>
    </message>
</context>
<context>
    <name>lr::QuarantineService</name>
    <message>
        <source>Only an admin may review rejected submissions and edit the hygiene lists.</source>
        <translation>Tylko administrator może przeglądać odrzucone zgłoszenia i edytować listy higieny danych.</translation>
    </message>
    <message>
        <source>Journal entry %1 does not exist.</source>
        <translation>Wpis dziennika %1 nie istnieje.</translation>
    </message>
    <message>
        <source>The period must be at least one day.</source>
        <translation>Okres musi wynosić co najmniej jeden dzień.</translation>
    </message>
    <message>
        <source>Every field needs a name.</source>
        <translation>Każde pole musi mieć nazwę.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; appears twice.</source>
        <translation>Pole „%1” występuje dwukrotnie.</translation>
    </message>
    <message>
        <source>Entry %1 is %2; only quarantined or failed entries can be re-processed.</source>
        <translation>Wpis %1 ma stan %2; ponownie przetworzyć można tylko wpisy w kwarantannie lub nieudane.</translation>
    </message>
    <message>
        <source>Entry %1: %2</source>
        <translation>Wpis %1: %2</translation>
    </message>
</context>
<context>
    <name>lr::RejectedRowsWriter</name>
    <message>
        <source>Choose another file: %1 is the file that was imported.</source>
        <translation>Wybierz inny plik: %1 to plik, który został zaimportowany.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Nie można odczytać %1: %2</translation>
    </message>
    <message>
        <source>%1 is empty now; was it changed after the import?</source>
        <translation>%1 jest teraz pusty; czy zmieniono go po imporcie?</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Nie można zapisać %1: %2</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <source>%1 has fewer rows than were imported; was it changed after the import?</source>
        <translation>%1 ma mniej wierszy niż zaimportowano; czy zmieniono go po imporcie?</translation>
    </message>
</context>
<context>
    <name>lr::ReviewState</name>
    <message>
        <source>Quarantined</source>
        <translation>W kwarantannie</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Nieudane</translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation>Odrzucone</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Oczekujące</translation>
    </message>
    <message>
        <source>Processed</source>
        <translation>Przetworzone</translation>
    </message>
</context>
<context>
    <name>lr::Router</name>
    <message>
        <source>the user no longer exists</source>
        <translation>użytkownik już nie istnieje</translation>
    </message>
    <message>
        <source>%1 is not a named account</source>
        <translation>%1 nie jest kontem kluczowym</translation>
    </message>
    <message>
        <source>the lead&apos;s domain</source>
        <translation>domena leada</translation>
    </message>
    <message>
        <source>named account %1</source>
        <translation>konto kluczowe %1</translation>
    </message>
    <message>
        <source>the account owner no longer exists</source>
        <translation>opiekun konta już nie istnieje</translation>
    </message>
    <message>
        <source>team %1</source>
        <translation>zespół %1</translation>
    </message>
    <message>
        <source>reps who speak %1</source>
        <translation>handlowcy mówiący w języku %1</translation>
    </message>
    <message>
        <source>%1 reps</source>
        <translation>handlowcy %1</translation>
    </message>
    <message>
        <source>reps covering %1</source>
        <translation>handlowcy obsługujący %1</translation>
    </message>
    <message>
        <source>senior reps</source>
        <translation>starsi handlowcy</translation>
    </message>
    <message>
        <source>in team %1</source>
        <translation>w zespole %1</translation>
    </message>
    <message>
        <source>all reps</source>
        <translation>wszyscy handlowcy</translation>
    </message>
    <message>
        <source>nobody fits (%1)</source>
        <translation>nikt nie pasuje (%1)</translation>
    </message>
    <message>
        <source>manager of %1</source>
        <translation>menedżer %1</translation>
    </message>
    <message>
        <source>first available manager</source>
        <translation>pierwszy dostępny menedżer</translation>
    </message>
    <message>
        <source>first available admin</source>
        <translation>pierwszy dostępny administrator</translation>
    </message>
    <message>
        <source>rule %1 %2: %3</source>
        <translation>reguła %1 %2: %3</translation>
    </message>
    <message>
        <source>rule %1 %2 → %3, %4</source>
        <translation>reguła %1 %2 → %3, %4</translation>
    </message>
    <message>
        <source>skipped %1 (current owner)</source>
        <translation>pominięto %1 (obecny opiekun)</translation>
    </message>
    <message>
        <source>skipped %1 (%2)</source>
        <translation>pominięto %1 (%2)</translation>
    </message>
    <message>
        <source>Nobody is active to take the lead.</source>
        <translation>Nie ma aktywnej osoby, która mogłaby przejąć leada.</translation>
    </message>
    <message>
        <source>nobody available → %1 (%2)</source>
        <translation>nikt niedostępny → %1 (%2)</translation>
    </message>
    <message>
        <source>no rule matched → %1 (%2)</source>
        <translation>żadna reguła nie pasuje → %1 (%2)</translation>
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
        <translation>nowy lead</translation>
    </message>
    <message>
        <source>reassigned for SLA breach</source>
        <translation>przydzielono ponownie z powodu naruszenia SLA</translation>
    </message>
    <message>
        <source>owner out of office</source>
        <translation>opiekun poza biurem</translation>
    </message>
    <message>
        <source>owner deactivated</source>
        <translation>opiekun dezaktywowany</translation>
    </message>
    <message>
        <source>reassigned by hand</source>
        <translation>przydzielono ponownie ręcznie</translation>
    </message>
    <message>
        <source>fallback owner</source>
        <translation>opiekun zastępczy</translation>
    </message>
    <message>
        <source>A named account needs a domain and an owner.</source>
        <translation>Konto kluczowe wymaga domeny i opiekuna.</translation>
    </message>
</context>
<context>
    <name>lr::RoutingRuleSet</name>
    <message>
        <source>least loaded</source>
        <translation>najmniej obciążony</translation>
    </message>
    <message>
        <source>round robin</source>
        <translation>po kolei (round robin)</translation>
    </message>
    <message>
        <source>Routing rules must be a list under &quot;rules&quot;.</source>
        <translation>Reguły przydzielania muszą być listą w &quot;rules&quot;.</translation>
    </message>
    <message>
        <source>Rule %1 (%2): %3</source>
        <translation>Reguła %1 (%2): %3</translation>
    </message>
    <message>
        <source>Rule %1 (%2): unknown target type &quot;%3&quot;.</source>
        <translation>Reguła %1 (%2): nieznany typ celu „%3”.</translation>
    </message>
    <message>
        <source>Rule %1 (%2): unknown strategy &quot;%3&quot;.</source>
        <translation>Reguła %1 (%2): nieznana strategia „%3”.</translation>
    </message>
    <message>
        <source>Rule %1 (%2) repeats the key &quot;%3&quot;.</source>
        <translation>Reguła %1 (%2) powtarza klucz „%3”.</translation>
    </message>
    <message>
        <source>Rule %1 (%2) points to a user who no longer exists.</source>
        <translation>Reguła %1 (%2) wskazuje użytkownika, który już nie istnieje.</translation>
    </message>
    <message>
        <source>Rule %1 (%2) points to %3, who is inactive.</source>
        <translation>Reguła %1 (%2) wskazuje nieaktywnego użytkownika %3.</translation>
    </message>
    <message>
        <source>Rule %1 (%2) points to a team that no longer exists.</source>
        <translation>Reguła %1 (%2) wskazuje zespół, który już nie istnieje.</translation>
    </message>
    <message>
        <source>Rule %1 (%2) lists a user who no longer exists.</source>
        <translation>Reguła %1 (%2) zawiera użytkownika, który już nie istnieje.</translation>
    </message>
    <message>
        <source>There is no enabled default rule (a rule without conditions): a lead that matches no rule would be left without an owner.</source>
        <translation>Brak włączonej reguły domyślnej (reguły bez warunków): lead, który nie pasuje do żadnej reguły, zostałby bez opiekuna.</translation>
    </message>
    <message>
        <source>Named account</source>
        <translation>Konto kluczowe</translation>
    </message>
    <message>
        <source>Enterprise (more than 500 employees)</source>
        <translation>Enterprise (ponad 500 pracowników)</translation>
    </message>
    <message>
        <source>Territory %1 (%2)</source>
        <translation>Terytorium %1 (%2)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>Referral → senior reps</source>
        <translation>Polecenie → starsi handlowcy</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Domyślna</translation>
    </message>
    <message>
        <source>One person</source>
        <translation>Jedna osoba</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Zespół</translation>
    </message>
    <message>
        <source>Named account owner</source>
        <translation>Opiekun konta kluczowego</translation>
    </message>
    <message>
        <source>Pool of reps</source>
        <translation>Pula handlowców</translation>
    </message>
</context>
<context>
    <name>lr::RoutingSettings</name>
    <message>
        <source>Only admins can change the routing rules.</source>
        <translation>Tylko administratorzy mogą zmieniać reguły przydzielania.</translation>
    </message>
    <message>
        <source>Only admins can change the SLA policies.</source>
        <translation>Tylko administratorzy mogą zmieniać zasady SLA.</translation>
    </message>
</context>
<context>
    <name>lr::RuleRepository</name>
    <message>
        <source>A rule document needs a kind.</source>
        <translation>Dokument reguły wymaga rodzaju.</translation>
    </message>
</context>
<context>
    <name>lr::ScoreRepository</name>
    <message>
        <source>Lead %1 does not exist.</source>
        <translation>Lead %1 nie istnieje.</translation>
    </message>
</context>
<context>
    <name>lr::ScoringConfig</name>
    <message>
        <source>A scoring rule set needs a &quot;rules&quot; list.</source>
        <translation>Zestaw reguł oceny wymaga listy &quot;rules&quot;.</translation>
    </message>
    <message>
        <source>Rule %1: unknown axis &quot;%2&quot; (fit, intent or timing).</source>
        <translation>Reguła %1: nieznana oś „%2” (fit, intent lub timing).</translation>
    </message>
    <message>
        <source>Rule %1: &quot;points&quot; must be a number.</source>
        <translation>Reguła %1: &quot;points&quot; musi być liczbą.</translation>
    </message>
    <message>
        <source>Rule %1 (%2): %3</source>
        <translation>Reguła %1 (%2): %3</translation>
    </message>
    <message>
        <source>The thresholds must lie between 0 and 100.</source>
        <translation>Progi muszą mieścić się w zakresie od 0 do 100.</translation>
    </message>
    <message>
        <source>Rule %1 needs an id and a name.</source>
        <translation>Reguła %1 wymaga identyfikatora i nazwy.</translation>
    </message>
    <message>
        <source>Two rules share the id &quot;%1&quot;.</source>
        <translation>Dwie reguły mają ten sam identyfikator „%1”.</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot;: points must lie between -100 and 100.</source>
        <translation>Reguła „%1”: punkty muszą mieścić się w zakresie od -100 do 100.</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; needs at least one condition.</source>
        <translation>Reguła „%1” wymaga co najmniej jednego warunku.</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot;, condition %2: %3</source>
        <translation>Reguła „%1”, warunek %2: %3</translation>
    </message>
    <message>
        <source>Form &quot;%1&quot;: unknown form type &quot;%2&quot; (%3).</source>
        <translation>Formularz „%1”: nieznany typ formularza „%2” (%3).</translation>
    </message>
    <message>
        <source>MQL (%1) must be below SQL (%2): the thresholds rise from Nurture to MQL to SQL.</source>
        <translation>Próg MQL (%1) musi być niższy niż próg SQL (%2): progi rosną od Pielęgnowania przez MQL do SQL.</translation>
    </message>
    <message>
        <source>Nurture (%1) must be below MQL (%2): the thresholds rise from Nurture to MQL to SQL.</source>
        <translation>Próg Pielęgnowania (%1) musi być niższy niż próg MQL (%2): progi rosną od Pielęgnowania przez MQL do SQL.</translation>
    </message>
    <message>
        <source>Demo request form</source>
        <translation>Formularz prośby o demo</translation>
    </message>
    <message>
        <source>Pricing page visit</source>
        <translation>Wizyta na stronie cennika</translation>
    </message>
    <message>
        <source>Company size 50–200</source>
        <translation>Wielkość firmy 50–200</translation>
    </message>
    <message>
        <source>C-level, CEO or founder</source>
        <translation>Zarząd (C-level), prezes lub założyciel</translation>
    </message>
    <message>
        <source>Free-mail address (Gmail, Yahoo, …)</source>
        <translation>Adres z darmowej poczty (Gmail, Yahoo, …)</translation>
    </message>
    <message>
        <source>Student or intern</source>
        <translation>Student lub stażysta</translation>
    </message>
    <message>
        <source>Target industry</source>
        <translation>Branża docelowa</translation>
    </message>
    <message>
        <source>3+ emails opened</source>
        <translation>Otwarte 3+ e-maile</translation>
    </message>
    <message>
        <source>Ghosted 14 days</source>
        <translation>Brak odzewu od 14 dni</translation>
    </message>
    <message>
        <source>Budget approved</source>
        <translation>Budżet zatwierdzony</translation>
    </message>
    <message>
        <source>Buying this quarter</source>
        <translation>Zakup w tym kwartale</translation>
    </message>
</context>
<context>
    <name>lr::ScoringRuleSet</name>
    <message>
        <source>Rule &quot;%1&quot;: %2</source>
        <translation>Reguła „%1”: %2</translation>
    </message>
    <message>
        <source>Email opens alone never make a lead SQL</source>
        <translation>Same otwarcia e-maili nigdy nie czynią leada SQL</translation>
    </message>
    <message>
        <source>%1 points from email opens</source>
        <translation>%1 pkt za otwarcia e-maili</translation>
    </message>
</context>
<context>
    <name>lr::ScoringService</name>
    <message>
        <source>Scoring rules version %1 could not be read.</source>
        <translation>Nie udało się odczytać wersji %1 reguł oceny.</translation>
    </message>
    <message>
        <source>Scoring rules version %1 are damaged: %2</source>
        <translation>Wersja %1 reguł oceny jest uszkodzona: %2</translation>
    </message>
    <message>
        <source>Lead %1 does not exist.</source>
        <translation>Lead %1 nie istnieje.</translation>
    </message>
    <message>
        <source>There is no lead %1 that you may see.</source>
        <translation>Nie ma widocznego dla ciebie leada %1.</translation>
    </message>
    <message>
        <source>There is no lead with the address %1.</source>
        <translation>Nie ma leada z adresem %1.</translation>
    </message>
    <message>
        <source>There is no lead with the address %1 that you may see.</source>
        <translation>Nie ma widocznego dla ciebie leada z adresem %1.</translation>
    </message>
    <message>
        <source>%1 is not an active user.</source>
        <translation>%1 nie jest aktywnym użytkownikiem.</translation>
    </message>
    <message>
        <source>There is no lead %1 that you may edit.</source>
        <translation>Nie ma leada %1, który możesz edytować.</translation>
    </message>
    <message>
        <source>Only administrators may change the scoring rules.</source>
        <translation>Tylko administratorzy mogą zmieniać reguły oceny.</translation>
    </message>
    <message>
        <source>The impact preview needs at least one day.</source>
        <translation>Podgląd wpływu wymaga co najmniej jednego dnia.</translation>
    </message>
</context>
<context>
    <name>lr::SettingsRepository</name>
    <message>
        <source>A setting needs a name.</source>
        <translation>Ustawienie musi mieć nazwę.</translation>
    </message>
</context>
<context>
    <name>lr::Simulator</name>
    <message>
        <source>Every user needs a name.</source>
        <translation>Każdy użytkownik musi mieć nazwę.</translation>
    </message>
    <message>
        <source>%1 has an unknown role.</source>
        <translation>%1 ma nieznaną rolę.</translation>
    </message>
    <message>
        <source>%1 has an out-of-office range that is not two dates.</source>
        <translation>%1 ma okres nieobecności, który nie składa się z dwóch dat.</translation>
    </message>
    <message>
        <source>half of the %1 SLA gone</source>
        <translation>upłynęła połowa SLA %1</translation>
    </message>
    <message>
        <source>%1 SLA breached by %2</source>
        <translation>SLA %1 przekroczone o %2</translation>
    </message>
    <message>
        <source>reassigned for SLA breach: %1 → %2</source>
        <translation>przydzielono ponownie z powodu naruszenia SLA: %1 → %2</translation>
    </message>
    <message>
        <source>&quot;start&quot; must be an ISO time such as 2026-11-23T09:00:00Z.</source>
        <translation>&quot;start&quot; musi być czasem ISO, np. 2026-11-23T09:00:00Z.</translation>
    </message>
    <message>
        <source>&quot;run_until&quot; must be a time after the start or an offset such as +3h.</source>
        <translation>&quot;run_until&quot; musi być czasem po starcie lub przesunięciem, np. +3h.</translation>
    </message>
    <message>
        <source>&quot;rules&quot; is &quot;default&quot; or an object with &quot;routing&quot; and/or &quot;sla&quot;.</source>
        <translation>&quot;rules&quot; to &quot;default&quot; lub obiekt z &quot;routing&quot; i/lub &quot;sla&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time.</source>
        <translation>„%1” nie jest czasem.</translation>
    </message>
    <message>
        <source>The lead %1 was not accepted: %2</source>
        <translation>Lead %1 nie został przyjęty: %2</translation>
    </message>
    <message>
        <source>A touch names %1, which is not a lead of the scenario.</source>
        <translation>Kontakt wskazuje %1, który nie jest leadem scenariusza.</translation>
    </message>
    <message>
        <source>Unknown touch type &quot;%1&quot;.</source>
        <translation>Nieznany typ kontaktu „%1”.</translation>
    </message>
</context>
<context>
    <name>lr::SlaPolicySet</name>
    <message>
        <source>SLA policies must be a list under &quot;policies&quot;.</source>
        <translation>Zasady SLA muszą być listą w &quot;policies&quot;.</translation>
    </message>
    <message>
        <source>Every SLA policy needs a key.</source>
        <translation>Każda zasada SLA wymaga klucza.</translation>
    </message>
    <message>
        <source>The SLA policy key &quot;%1&quot; is used twice.</source>
        <translation>Klucz zasady SLA „%1” użyto dwukrotnie.</translation>
    </message>
    <message>
        <source>The SLA policy &quot;%1&quot; needs a target of at least one minute.</source>
        <translation>Zasada SLA „%1” wymaga celu wynoszącego co najmniej jedną minutę.</translation>
    </message>
    <message>
        <source>The ladder of &quot;%1&quot; must rise: nudge &lt; manager alert &lt; reassignment (percent).</source>
        <translation>Progi „%1” muszą rosnąć: przypomnienie &lt; alert menedżera &lt; ponowne przydzielenie (procent).</translation>
    </message>
    <message>
        <source>One SLA policy must match every lead (no lead types selected).</source>
        <translation>Jedna zasada SLA musi obejmować każdy lead (bez wybranych typów leadów).</translation>
    </message>
    <message>
        <source>Hot / SQL</source>
        <translation>Gorący / SQL</translation>
    </message>
    <message>
        <source>hot inbound</source>
        <translation>gorący przychodzący</translation>
    </message>
    <message>
        <source>Demo request</source>
        <translation>Prośba o demo</translation>
    </message>
    <message>
        <source>demo request</source>
        <translation>prośba o demo</translation>
    </message>
    <message>
        <source>MQL</source>
        <translation>MQL</translation>
    </message>
    <message>
        <source>New lead</source>
        <translation>Nowy lead</translation>
    </message>
    <message>
        <source>new inbound</source>
        <translation>nowy przychodzący</translation>
    </message>
</context>
<context>
    <name>lr::SlaRepository</name>
    <message>
        <source>The SLA clock of lead %1 was not stored.</source>
        <translation>Nie zapisano zegara SLA leada %1.</translation>
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
    <name>lr::TeamService</name>
    <message>
        <source>A user needs a name.</source>
        <translation>Użytkownik musi mieć imię i nazwisko.</translation>
    </message>
    <message>
        <source>Capacity must be between 0 and 10000 open leads.</source>
        <translation>Limit musi wynosić od 0 do 10000 otwartych leadów.</translation>
    </message>
    <message>
        <source>Working hours must start before they end, within one day.</source>
        <translation>Godziny pracy muszą zaczynać się przed ich końcem, w obrębie jednego dnia.</translation>
    </message>
    <message>
        <source>Pick at least one working day.</source>
        <translation>Wybierz co najmniej jeden dzień roboczy.</translation>
    </message>
    <message>
        <source>%1 is not a known time zone.</source>
        <translation>%1 nie jest znaną strefą czasową.</translation>
    </message>
    <message>
        <source>%1 is not a two-letter country code.</source>
        <translation>%1 nie jest dwuliterowym kodem kraju.</translation>
    </message>
    <message>
        <source>%1 is not a two-letter language code.</source>
        <translation>%1 nie jest dwuliterowym kodem języka.</translation>
    </message>
    <message>
        <source>%1 is not a segment.</source>
        <translation>%1 nie jest segmentem.</translation>
    </message>
    <message>
        <source>Team %1 does not exist.</source>
        <translation>Zespół %1 nie istnieje.</translation>
    </message>
    <message>
        <source>An absence must end after it starts.</source>
        <translation>Nieobecność musi kończyć się po jej rozpoczęciu.</translation>
    </message>
    <message>
        <source>User %1 does not exist.</source>
        <translation>Użytkownik %1 nie istnieje.</translation>
    </message>
    <message>
        <source>Reps cannot edit the team.</source>
        <translation>Handlowcy nie mogą edytować zespołu.</translation>
    </message>
    <message>
        <source>A manager can only edit the people of their own team.</source>
        <translation>Menedżer może edytować tylko osoby z własnego zespołu.</translation>
    </message>
    <message>
        <source>Only an admin can change a role or a team.</source>
        <translation>Tylko administrator może zmienić rolę lub zespół.</translation>
    </message>
    <message>
        <source>You cannot deactivate yourself.</source>
        <translation>Nie możesz dezaktywować własnego konta.</translation>
    </message>
    <message>
        <source>The hours of %1 must start before they end, within one day.</source>
        <translation>Godziny pracy w %1 muszą zaczynać się przed końcem, w obrębie jednego dnia.</translation>
    </message>
    <message>
        <source>Only an admin can add people to the team.</source>
        <translation>Tylko administrator może dodawać osoby do zespołu.</translation>
    </message>
    <message>
        <source>This database has users already; an admin adds the next ones.</source>
        <translation>Ta baza ma już użytkowników; kolejnych dodaje administrator.</translation>
    </message>
    <message>
        <source>A user needs an e-mail address to sign in with.</source>
        <translation>Użytkownik potrzebuje adresu e-mail, którym się loguje.</translation>
    </message>
    <message>
        <source>%1 already signs in as another user.</source>
        <translation>Adresem %1 loguje się już inny użytkownik.</translation>
    </message>
    <message>
        <source>A team needs a name.</source>
        <translation>Zespół musi mieć nazwę.</translation>
    </message>
    <message>
        <source>There is a team called %1 already.</source>
        <translation>Zespół o nazwie %1 już istnieje.</translation>
    </message>
    <message>
        <source>A team&apos;s manager must be an active user with the manager role.</source>
        <translation>Menedżerem zespołu może być tylko aktywny użytkownik z rolą menedżera.</translation>
    </message>
    <message>
        <source>Only an admin can add or change teams.</source>
        <translation>Tylko administrator może dodawać i zmieniać zespoły.</translation>
    </message>
    <message>
        <source>%1 is in the team %2; move them to this team on the Team page first.</source>
        <translation>%1 należy do zespołu %2; najpierw przenieś tę osobę do tego zespołu na stronie Zespół.</translation>
    </message>
    <message>
        <source>%1 already manages the team %2.</source>
        <translation>%1 zarządza już zespołem %2.</translation>
    </message>
    <message>
        <source>%1 manages the team %2: give the team another manager first (Teams…).</source>
        <translation>%1 zarządza zespołem %2: najpierw wyznacz zespołowi innego menedżera (Zespoły…).</translation>
    </message>
</context>
<context>
    <name>lr::TimerRepository</name>
    <message>
        <source>A timer needs a dedupe key.</source>
        <translation>Licznik czasu wymaga klucza deduplikacji.</translation>
    </message>
    <message>
        <source>A timer needs a kind.</source>
        <translation>Licznik czasu wymaga rodzaju.</translation>
    </message>
    <message>
        <source>The timer %1 could not be stored.</source>
        <translation>Nie udało się zapisać licznika czasu %1.</translation>
    </message>
</context>
<context>
    <name>lr::TitleKeywords</name>
    <message>
        <source>C-level executive</source>
        <translation>Członek zarządu (C-level)</translation>
    </message>
    <message>
        <source>Founder or owner</source>
        <translation>Założyciel lub właściciel</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Intern or trainee</source>
        <translation>Stażysta lub praktykant</translation>
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
    <message>
        <source>Working hours must start before they end, within one day.</source>
        <translation>Godziny pracy muszą zaczynać się przed ich końcem, w obrębie jednego dnia.</translation>
    </message>
</context>
<context>
    <name>lr::WebhookHost</name>
    <message>
        <source>Webhook: off</source>
        <translation>Webhook: wyłączony</translation>
    </message>
    <message>
        <source>Webhook: not started: %1</source>
        <translation>Webhook: nie uruchomiono: %1</translation>
    </message>
    <message>
        <source>Webhook: %1</source>
        <translation>Webhook: %1</translation>
    </message>
    <message>
        <source>Webhook: listening on %1:%2</source>
        <translation>Webhook: nasłuchuje na %1:%2</translation>
    </message>
</context>
<context>
    <name>lr::WebhookOutbox</name>
    <message>
        <source>HTTP status %1</source>
        <translation>Status HTTP %1</translation>
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
        <source>Send the event as application/json.</source>
        <translation>Wyślij zdarzenie jako application/json.</translation>
    </message>
    <message>
        <source>Use %1.</source>
        <translation>Użyj %1.</translation>
    </message>
    <message>
        <source>There is nothing at %1. The intake answers POST /v1/submissions, POST /v1/events and GET /v1/health.</source>
        <translation>Pod %1 nic nie ma. Przyjmowanie leadów obsługuje POST /v1/submissions, POST /v1/events i GET /v1/health.</translation>
    </message>
</context>
<context>
    <name>lr::WhatIf</name>
    <message>
        <source>Replay between 1 and 365 days.</source>
        <translation>Okres odtworzenia musi wynosić od 1 do 365 dni.</translation>
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
        <translation>Użycie: leadrelayctl [--db ŚCIEŻKA] POLECENIE [OPCJE]

Konsola LeadRelay bez interfejsu graficznego: konfiguracja bazy danych, wczytywanie danych demonstracyjnych, zarządzanie użytkownikami, eksport leadów.

Polecenia:
  init                  Tworzy bazę danych (lub aktualizuje ją do najnowszego schematu);
                        wypisuje jej ścieżkę i wersję schematu.
  demo [--seed N] [--leads N] [--days N] [--now TIME] [--format text|json]
                        Wypełnia pustą bazę danych demonstracyjnym zespołem sprzedaży
                        i historią leadów (domyślnie: 3000 leadów z 90 dni przed teraz).
  users list [--format table|json]
                        Wyświetla listę użytkowników.
  users add --name NAME --email EMAIL --role rep|manager|admin [--team TEAM]
            [--territories DE,AT] [--languages de,en] [--segment smb|mid_market|enterprise]
            [--capacity N] [--timezone Europe/Berlin]
                        Dodaje użytkownika do istniejącego zespołu.
  export leads [--format csv|json] [--as EMAIL]
                        Zapisuje wszystkie leady na standardowe wyjście (JSON, chyba że
                        --format csv); --as eksportuje tylko to, co widzi dany użytkownik.
  import leads FILE [--map &quot;Header=field&quot;]... [--source NAME]
                        Importuje plik CSV z leadami (eksport z HubSpot, Salesforce, Pipedrive
                        lub arkusza): każdy wiersz jest zapisywany w dzienniku, sprawdzany
                        i deduplikowany; wypisuje podsumowanie JSON
                        {rows, created, merged, quarantined, errors}.
  import deals FILE [--map &quot;Header=field&quot;]... [--stage-map &quot;Won=Closed Won&quot;]...
               [--as EMAIL]
                        Importuje szanse sprzedaży z eksportu CSV innego CRM (HubSpot,
                        Pipedrive, Salesforce): tworzy brakujące firmy i opiekunów, zachowuje
                        historyczne daty zaangażowania/zamknięcia; wygrane/przegrane wiersze
                        bez powodu przegranej stają się historią. Pola: external_id, title,
                        owner, company, person_email, stage, status, value, currency,
                        engaged_at, closed_at, expected_close, product, lost_reason.
                        Wypisuje podsumowanie JSON
                        {rows, created, merged, quarantined, errors, history, ...}.
  import firmographics FILE [--as EMAIL]
                        Importuje plik CSV z danymi firmograficznymi (Domain/Website, Company,
                        Employees, Industry, Revenue, Country, LinkedIn) do lokalnej tabeli
                        wzbogacania, aktualizując znane domeny; wypisuje podsumowanie JSON
                        {rows, created, updated, rejected, errors}. Tylko administratorzy.
  enrich [--provider local|http] [--url T] [--timeout-ms N] [--retries N] [--limit N]
         [--as EMAIL]
                        Uzupełnia puste pola firm, których niedawno nie sprawdzano, z lokalnej
                        tabeli (domyślnie) lub od dostawcy HTTP JSON (szablon URL
                        z {domain}; wartości domyślne z ustawień aplikacji); wypisuje
                        podsumowanie JSON. Tylko administratorzy.
  serve [--bind 127.0.0.1] [--port 8088] [--token T]
                        Uruchamia przyjmowanie przez webhook (POST /v1/submissions,
                        GET /v1/health) do przerwania; token można też podać
                        w $LEADRELAY_TOKEN.
  deals list [--format json] [--stage STAGE] [--as EMAIL]
                        Wypisuje szanse sprzedaży (widoczne dla --as) jako JSON.
  deals move ID STAGE [--set field=value]... [--as EMAIL]
                        Przenosi szansę do innego etapu, najpierw ustawiając pola; kod wyjścia 3
                        i brakujące pola, gdy kryteria wyjścia etapu na to nie pozwalają.
%2  metrics [--from DATE] [--to DATE] [--team T] [--rep R] [--source S] [--campaign C]
          [--as EMAIL] [--format json]
                        Wypisuje wszystkie metryki okresu (domyślnie: ostatnie 30 dni)
                        jako JSON; klucze opisano w docs/metrics.md.
%3  help                  Wyświetla tę pomoc.

Opcje:
  --db ŚCIEŻKA          Plik bazy danych. Domyślnie: $LEADRELAY_DB, a w przeciwnym razie
                        %1
  -h, --help            Wyświetla tę pomoc.
  --version             Wyświetla wersję.

Kody wyjścia: 0 sukces; 1 polecenie nie powiodło się (komunikat na standardowym wyjściu błędów);
2 nieprawidłowy wiersz polecenia (nieznane polecenie lub opcja, brakujący lub nieprawidłowy argument);
3 przeniesienie szansy nie zawiera pól wymaganych przez etap docelowy.
</translation>
    </message>
    <message>
        <source>&quot;import&quot; needs to know what: import leads FILE, import deals FILE or import firmographics FILE.</source>
        <translation>&quot;import&quot; wymaga określenia, co importować: import leads FILE, import deals FILE lub import firmographics FILE.</translation>
    </message>
    <message>
        <source>&quot;import deals&quot; needs the CSV file to read.</source>
        <translation>&quot;import deals&quot; wymaga pliku CSV do odczytania.</translation>
    </message>
    <message>
        <source>The option --%1 does not apply to &quot;import deals&quot;.</source>
        <translation>Opcja --%1 nie dotyczy &quot;import deals&quot;.</translation>
    </message>
    <message>
        <source>&quot;import firmographics&quot; needs the CSV file to read.</source>
        <translation>&quot;import firmographics&quot; wymaga pliku CSV do odczytania.</translation>
    </message>
    <message>
        <source>The option --%1 does not apply to &quot;import firmographics&quot;.</source>
        <translation>Opcja --%1 nie dotyczy &quot;import firmographics&quot;.</translation>
    </message>
    <message>
        <source>The option --%1 does not apply to &quot;enrich&quot;.</source>
        <translation>Opcja --%1 nie dotyczy &quot;enrich&quot;.</translation>
    </message>
    <message>
        <source>&quot;deals&quot; needs a subcommand: list or move.</source>
        <translation>&quot;deals&quot; wymaga podpolecenia: list lub move.</translation>
    </message>
    <message>
        <source>Unknown subcommand &quot;deals %1&quot;.</source>
        <translation>Nieznane podpolecenie &quot;deals %1&quot;.</translation>
    </message>
    <message>
        <source>&quot;deals move&quot; needs a deal id and a stage: deals move ID STAGE.</source>
        <translation>&quot;deals move&quot; wymaga identyfikatora szansy i etapu: deals move ID STAGE.</translation>
    </message>
    <message>
        <source>The option --%1 does not apply to &quot;deals %2&quot;.</source>
        <translation>Opcja --%1 nie dotyczy &quot;deals %2&quot;.</translation>
    </message>
    <message>
        <source>--format for &quot;deals list&quot; is json, not &quot;%1&quot;.</source>
        <translation>--format dla &quot;deals list&quot; to json, a nie „%1”.</translation>
    </message>
    <message>
        <source>The option --%1 does not apply to &quot;metrics&quot;.</source>
        <translation>Opcja --%1 nie dotyczy &quot;metrics&quot;.</translation>
    </message>
    <message>
        <source>--format for &quot;metrics&quot; is json, not &quot;%1&quot;.</source>
        <translation>--format dla &quot;metrics&quot; to json, a nie „%1”.</translation>
    </message>
</context>
<context>
    <name>lr::cli::DealsCommand</name>
    <message>
        <source>--stage-map takes &quot;Exported stage=LeadRelay stage&quot;, not &quot;%1&quot;.</source>
        <translation>--stage-map przyjmuje &quot;Etap eksportu=Etap LeadRelay&quot;, a nie „%1”.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Nie można odczytać %1: %2</translation>
    </message>
    <message>
        <source>--set takes field=value, not &quot;%1&quot;.</source>
        <translation>--set przyjmuje pole=wartość, a nie „%1”.</translation>
    </message>
    <message>
        <source>--set: unknown deal field &quot;%1&quot;; known fields: %2.</source>
        <translation>--set: nieznane pole szansy „%1”; znane pola: %2.</translation>
    </message>
    <message>
        <source>--set %1 is given twice.</source>
        <translation>--set %1 podano dwukrotnie.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a deal id.</source>
        <translation>„%1” nie jest identyfikatorem szansy.</translation>
    </message>
    <message>
        <source>Missing fields: %1</source>
        <translation>Brakujące pola: %1</translation>
    </message>
    <message>
        <source>Give them with --set, e.g. --set %1=…</source>
        <translation>Podaj je za pomocą --set, np. --set %1=…</translation>
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
        <source>Demo data written to %1 (seed %2, %3) in %4 s:</source>
        <translation>Dane demonstracyjne zapisano w %1 (seed %2, %3) w %4 s:</translation>
    </message>
</context>
<context>
    <name>lr::cli::EnrichCommands</name>
    <message>
        <source>--provider is local or http, not &quot;%1&quot;.</source>
        <translation>--provider to local lub http, a nie „%1”.</translation>
    </message>
    <message>
        <source>--url, --timeout-ms and --retries apply to --provider http only.</source>
        <translation>--url, --timeout-ms i --retries dotyczą tylko --provider http.</translation>
    </message>
    <message>
        <source>--%1 needs a whole number of 0 or more, not &quot;%2&quot;.</source>
        <translation>--%1 wymaga liczby całkowitej 0 lub większej, a nie „%2”.</translation>
    </message>
    <message numerus="yes">
        <source>%n lookup(s) failed; the companies are tried again on a later run.</source>
        <translation>
            <numerusform>%n wyszukiwanie nie powiodło się; firmy zostaną sprawdzone ponownie przy kolejnym uruchomieniu.</numerusform>
            <numerusform>%n wyszukiwania nie powiodły się; firmy zostaną sprawdzone ponownie przy kolejnym uruchomieniu.</numerusform>
            <numerusform>%n wyszukiwań nie powiodło się; firmy zostaną sprawdzone ponownie przy kolejnym uruchomieniu.</numerusform>
        </translation>
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
    <message>
        <source>WARNING: listening on %1 without a token: the intake is reachable from the network and anyone who can reach this machine can submit leads. Give --token (or $LEADRELAY_TOKEN), or bind to 127.0.0.1.</source>
        <translation>OSTRZEŻENIE: nasłuchiwanie na %1 bez tokenu: przyjmowanie leadów jest dostępne z sieci i każdy, kto może połączyć się z tym komputerem, może przesyłać leady. Podaj --token (lub $LEADRELAY_TOKEN) albo ustaw adres nasłuchiwania 127.0.0.1.</translation>
    </message>
    <message>
        <source>Warning: listening on %1: the intake is reachable from the network. Plain HTTP sends the token unencrypted; put a TLS proxy in front of it or bind to 127.0.0.1.</source>
        <translation>Ostrzeżenie: nasłuchiwanie na %1: przyjmowanie leadów jest dostępne z sieci. Zwykły HTTP przesyła token bez szyfrowania; umieść przed nim proxy TLS albo ustaw adres nasłuchiwania 127.0.0.1.</translation>
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
    <name>lr::cli::MetricsCommand</name>
    <message>
        <source>--to: &quot;%1&quot; is not a date (use 2026-11-23 or 2026-11-23T09:00:00Z).</source>
        <translation>--to: „%1” nie jest datą (użyj 2026-11-23 lub 2026-11-23T09:00:00Z).</translation>
    </message>
    <message>
        <source>--from: &quot;%1&quot; is not a date (use 2026-11-23 or 2026-11-23T09:00:00Z).</source>
        <translation>--from: „%1” nie jest datą (użyj 2026-11-23 lub 2026-11-23T09:00:00Z).</translation>
    </message>
    <message>
        <source>--from must be before --to.</source>
        <translation>--from musi być wcześniejsze niż --to.</translation>
    </message>
    <message>
        <source>There is no team &quot;%1&quot;.</source>
        <translation>Nie ma zespołu „%1”.</translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot;.</source>
        <translation>Nie ma użytkownika „%1”.</translation>
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
                        Uruchamia scenariusz przydzielania/SLA z ręcznym zegarem w tymczasowej
                        bazie; wypisuje oś czasu w JSON (zob. README).
  timers fire [--now TIME]
                        Uruchamia wszystkie trwałe liczniki czasu przypadające do teraz
                        (progi SLA, święta).
  timers list [--lead ID]
                        Wypisuje oczekujące liczniki czasu (jednego leada) jako JSON.
  routing explain LEAD_ID [--as EMAIL]
                        Pokazuje, dokąd reguły przydzielania skierowałyby teraz leada i dlaczego.
  tasks list [--as EMAIL]
                        Wypisuje otwarte zadania widoczne dla użytkownika jako JSON.
  tasks done TASK_ID --outcome TEXT --as EMAIL
                        Kończy jedno z zadań użytkownika.
  leads touch LEAD_ID --type call|email|meeting|note [--outcome TEXT] --as EMAIL
                        Zapisuje kontakt; pierwsza rozmowa, e-mail lub spotkanie zatrzymuje
                        zegar SLA.
  leads disqualify LEAD_ID --reason TEXT --as EMAIL
  leads reassign LEAD_ID --to EMAIL --as EMAIL
                        Menedżerowie (własny zespół) i administratorzy przekazują leada
                        komuś innemu.
</translation>
    </message>
    <message>
        <source>&quot;simulate&quot; needs a scenario file.</source>
        <translation>&quot;simulate&quot; wymaga pliku scenariusza.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Nie można odczytać %1.</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <translation>%1 nie jest obiektem JSON: %2</translation>
    </message>
    <message>
        <source>There is no LeadRelay database at %1.</source>
        <translation>Brak bazy danych LeadRelay w %1.</translation>
    </message>
    <message>
        <source>There is no user with the email %1.</source>
        <translation>Nie ma użytkownika z adresem e-mail %1.</translation>
    </message>
    <message>
        <source>The option --%1 does not apply to &quot;timers fire&quot;.</source>
        <translation>Opcja --%1 nie dotyczy &quot;timers fire&quot;.</translation>
    </message>
    <message>
        <source>--now needs an ISO time.</source>
        <translation>--now wymaga czasu ISO.</translation>
    </message>
    <message>
        <source>The option --%1 does not apply to &quot;timers list&quot;.</source>
        <translation>Opcja --%1 nie dotyczy &quot;timers list&quot;.</translation>
    </message>
    <message>
        <source>Lead %1 does not exist or is not yours.</source>
        <translation>Lead %1 nie istnieje lub nie jest twój.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1 %2&quot;.</source>
        <translation>Nieznane polecenie &quot;%1 %2&quot;.</translation>
    </message>
    <message>
        <source>--type is call, email, meeting, note or sms.</source>
        <translation>--type to call, email, meeting, note lub sms.</translation>
    </message>
    <message>
        <source>--to needs the email of a user.</source>
        <translation>--to wymaga adresu e-mail użytkownika.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Gotowe.</translation>
    </message>
</context>
<context>
    <name>lr::cli::ScoringCommands</name>
    <message>
        <source>leadrelayctl: the option --%1 does not apply here.</source>
        <translation>leadrelayctl: opcja --%1 nie ma tu zastosowania.</translation>
    </message>
    <message>
        <source>leadrelayctl: &quot;scoring&quot; needs a subcommand: rescore.</source>
        <translation>leadrelayctl: &quot;scoring&quot; wymaga podpolecenia: rescore.</translation>
    </message>
    <message>
        <source>leadrelayctl: &quot;leads explain&quot; needs a lead id or email.</source>
        <translation>leadrelayctl: &quot;leads explain&quot; wymaga identyfikatora lub adresu e-mail leada.</translation>
    </message>
    <message>
        <source>leadrelayctl: &quot;import events&quot; needs the file to read.</source>
        <translation>leadrelayctl: &quot;import events&quot; wymaga pliku do odczytania.</translation>
    </message>
    <message>
        <source>leadrelayctl: unexpected argument &quot;%1&quot;.</source>
        <translation>leadrelayctl: nieoczekiwany argument „%1”.</translation>
    </message>
    <message>
        <source>leadrelayctl: --format is text or json, not &quot;%1&quot;.</source>
        <translation>leadrelayctl: --format to text lub json, a nie „%1”.</translation>
    </message>
    <message>
        <source>There is no LeadRelay database at %1.</source>
        <translation>Brak bazy danych LeadRelay w %1.</translation>
    </message>
    <message>
        <source>Lead %1 &lt;%2&gt;: score %3 (%4)</source>
        <translation>Lead %1 &lt;%2&gt;: ocena %3 (%4)</translation>
    </message>
    <message>
        <source>Fit %1 · Intent %2 · Timing %3</source>
        <translation>Dopasowanie %1 · Intencja %2 · Termin %3</translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <translation>Następny krok: %1</translation>
    </message>
    <message>
        <source>Not scored yet.</source>
        <translation>Jeszcze nie oceniono.</translation>
    </message>
    <message>
        <source>Rules version %1, scored %2</source>
        <translation>Wersja reguł %1, oceniono %2</translation>
    </message>
    <message>
        <source>  No rule fired.</source>
        <translation>  Żadna reguła nie zadziałała.</translation>
    </message>
    <message>
        <source>History: %1</source>
        <translation>Historia: %1</translation>
    </message>
    <message>
        <source>There is no user with the email %1.</source>
        <translation>Nie ma użytkownika z adresem e-mail %1.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Nie można odczytać %1: %2</translation>
    </message>
    <message>
        <source>Event %1: %2</source>
        <translation>Zdarzenie %1: %2</translation>
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
                        Dlaczego lead ma taką ocenę: dopasowanie, intencja i termin, reguły,
                        które zadziałały, wraz z faktami, klasa, następny krok i historia.
  import events FILE [--source NAME]
                        Importuje zdarzenia behawioralne (wiersze JSON lub tablica JSON
                        z {&quot;email&quot; lub &quot;lead_id&quot;, &quot;type&quot;, &quot;url&quot;, &quot;at&quot;, ...});
                        każde ponownie ocenia swojego leada; zdarzenia nieznanych osób czekają
                        na nie. Wypisuje podsumowanie JSON
                        {events, attached, kept, rejected, failed}; odmowy na stderr.
  scoring rescore [--all]
                        Dostosowuje oceny do aktywnych reguł: tylko leady, których mogły
                        dotyczyć zmiany od ostatniej pełnej ponownej oceny, a z --all —
                        wszystkie. Wypisuje {leads, scored, changed, rules_version}.
</translation>
    </message>
    <message>
        <source>Checked %1 of %2 leads, re-scored %3</source>
        <translation>Sprawdzono leadów: %1 z %2, ponownie oceniono: %3</translation>
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
    <name>lr::ui::ConditionBuilder</name>
    <message>
        <source>All of these hold</source>
        <translation>Spełnione wszystkie warunki</translation>
    </message>
    <message>
        <source>Any of these holds</source>
        <translation>Spełniony dowolny warunek</translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation>Dodaj warunek</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>not</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Holds when the test does not</source>
        <translation>Spełniony, gdy test nie jest spełniony</translation>
    </message>
    <message>
        <source>Behaviour events</source>
        <translation>Zdarzenia behawioralne</translation>
    </message>
    <message>
        <source>any</source>
        <translation>dowolna</translation>
    </message>
    <message>
        <source>from</source>
        <translation>od</translation>
    </message>
    <message>
        <source>to</source>
        <translation>do</translation>
    </message>
    <message>
        <source>URL contains (optional)</source>
        <translation>URL zawiera (opcjonalnie)</translation>
    </message>
    <message>
        <source>any form</source>
        <translation>dowolny formularz</translation>
    </message>
    <message>
        <source>at least </source>
        <translation>co najmniej </translation>
    </message>
    <message>
        <source>ever</source>
        <translation>kiedykolwiek</translation>
    </message>
    <message>
        <source>in </source>
        <translation>w ciągu </translation>
    </message>
    <message>
        <source> days</source>
        <translation> dni</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation>Usuń ten warunek</translation>
    </message>
    <message>
        <source>Values, separated by commas</source>
        <translation>Wartości rozdzielone przecinkami</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>Wyrażenie regularne</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
</context>
<context>
    <name>lr::ui::CurrencyDialog</name>
    <message>
        <source>Currencies</source>
        <translation>Waluty</translation>
    </message>
    <message>
        <source>Deals keep their own currency. Column sums, the forecast and the dashboard add them up in the home currency at these rates. A currency without a rate is added as it is, and a sum of several such currencies reads &quot;mixed&quot;.</source>
        <translation>Transakcje zachowują własną walutę. Sumy kolumn, prognoza i pulpit sumują je w walucie głównej po tych kursach. Waluta bez kursu jest dodawana bez przeliczenia, a suma kilku takich walut jest oznaczona jako „mieszane”.</translation>
    </message>
    <message>
        <source>Add Currency</source>
        <translation>Dodaj walutę</translation>
    </message>
    <message>
        <source>Remove Currency</source>
        <translation>Usuń walutę</translation>
    </message>
    <message>
        <source>Home currency</source>
        <translation>Waluta główna</translation>
    </message>
    <message>
        <source>Only an admin can change the exchange rates.</source>
        <translation>Tylko administrator może zmieniać kursy walut.</translation>
    </message>
    <message>
        <source>Deals in %1 have no rate yet: their values are added as they are.</source>
        <translation>Transakcje w %1 nie mają jeszcze kursu: ich wartości są dodawane bez przeliczenia.</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Waluta</translation>
    </message>
    <message>
        <source>Units for 1 %1</source>
        <translation>Jednostek za 1 %1</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Ostatnia zmiana</translation>
    </message>
    <message>
        <source>Row %1: &quot;%2&quot; is not a currency code: use three capital letters, like PLN.</source>
        <translation>Wiersz %1: „%2” nie jest kodem waluty: użyj trzech wielkich liter, np. PLN.</translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation>%1 występuje dwa razy.</translation>
    </message>
    <message>
        <source>The rate of %1, &quot;%2&quot;, is not a number above 0.</source>
        <translation>Kurs %1, „%2”, nie jest liczbą większą od 0.</translation>
    </message>
</context>
<context>
    <name>lr::ui::DashboardCharts</name>
    <message>
        <source>Leads</source>
        <translation>Leady</translation>
    </message>
    <message>
        <source>&lt; 1 min</source>
        <translation>&lt; 1 min</translation>
    </message>
    <message>
        <source>1–5 min</source>
        <translation>1–5 min</translation>
    </message>
    <message>
        <source>5–30 min</source>
        <translation>5–30 min</translation>
    </message>
    <message>
        <source>30 min–2 h</source>
        <translation>30 min–2 godz.</translation>
    </message>
    <message>
        <source>2–24 h</source>
        <translation>2–24 godz.</translation>
    </message>
    <message>
        <source>&gt; 24 h</source>
        <translation>&gt; 24 godz.</translation>
    </message>
    <message>
        <source>no touch</source>
        <translation>bez kontaktu</translation>
    </message>
    <message>
        <source>Speed-to-lead distribution</source>
        <translation>Rozkład czasu reakcji na lead</translation>
    </message>
    <message>
        <source>Median (min)</source>
        <translation>Mediana (min)</translation>
    </message>
    <message>
        <source>Speed-to-lead by week (median minutes)</source>
        <translation>Czas reakcji na lead wg tygodni (mediana minut)</translation>
    </message>
    <message>
        <source>Target 5 min</source>
        <translation>Cel 5 min</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Lejek</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Wygrane</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Szansa</translation>
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
        <translation>Współczynnik wygranych %</translation>
    </message>
    <message>
        <source>Win rate by rep (%)</source>
        <translation>Współczynnik wygranych wg handlowców (%)</translation>
    </message>
    <message>
        <source>Median days</source>
        <translation>Mediana dni</translation>
    </message>
    <message>
        <source>Mean days</source>
        <translation>Średnia dni</translation>
    </message>
    <message>
        <source>Sales cycle by rep (days)</source>
        <translation>Cykl sprzedaży wg handlowców (dni)</translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation>Naruszenia</translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation>Eskalacje</translation>
    </message>
    <message>
        <source>Reassignments</source>
        <translation>Ponowne przydzielenia</translation>
    </message>
    <message>
        <source>SLA breaches over time</source>
        <translation>Naruszenia SLA w czasie</translation>
    </message>
    <message>
        <source>Leads in New</source>
        <translation>Leady w etapie Nowy</translation>
    </message>
    <message>
        <source>Leads left in New at end of day (target 0)</source>
        <translation>Leady pozostawione w etapie Nowy na koniec dnia (cel 0)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>Ważona</translation>
    </message>
    <message>
        <source>Open pipeline by stage</source>
        <translation>Otwarty lejek wg etapów</translation>
    </message>
    <message>
        <source>Weighted forecast</source>
        <translation>Prognoza ważona</translation>
    </message>
    <message>
        <source>Forecast by expected close month</source>
        <translation>Prognoza wg miesiąca przewidywanego zamknięcia</translation>
    </message>
</context>
<context>
    <name>lr::ui::DashboardPage</name>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Pulpit</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Ten tydzień</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Ostatnie 30 dni</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Ostatnie 90 dni</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Ten kwartał</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Niestandardowy</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampania</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Odśwież</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Eksportuj PNG…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Eksportuj PDF…</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Obrazy PNG (*.png)</translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation>Wyeksportowano %1.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Nie można zapisać %1.</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumenty PDF (*.pdf)</translation>
    </message>
    <message>
        <source>By rep</source>
        <translation>Wg handlowców</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Handlowiec</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leady</translation>
    </message>
    <message>
        <source>Speed-to-lead</source>
        <translation>Czas reakcji</translation>
    </message>
    <message>
        <source>&lt; 5 min</source>
        <translation>&lt; 5 min</translation>
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
        <translation>Szanse</translation>
    </message>
    <message>
        <source>Hold rate</source>
        <translation>Odsetek odbytych</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Wygrane</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Przegrane</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Współczynnik wygranych</translation>
    </message>
    <message>
        <source>Won value</source>
        <translation>Wartość wygranych</translation>
    </message>
    <message>
        <source>Cycle (median)</source>
        <translation>Cykl (mediana)</translation>
    </message>
    <message>
        <source>SLA breaches</source>
        <translation>Naruszenia SLA</translation>
    </message>
    <message>
        <source>SLA reassignments</source>
        <translation>Ponowne przydzielenia (SLA)</translation>
    </message>
    <message>
        <source>Meetings by source</source>
        <translation>Spotkania wg źródła</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Odbyte</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Nieobecność</translation>
    </message>
    <message>
        <source>No-show rate</source>
        <translation>Odsetek nieobecności</translation>
    </message>
    <message>
        <source>Quarantine by form</source>
        <translation>Kwarantanna wg formularza</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formularz</translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>Zgłoszenia</translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation>W kwarantannie</translation>
    </message>
    <message>
        <source>Quarantine rate</source>
        <translation>Odsetek kwarantanny</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Wszystkie zespoły</translation>
    </message>
    <message>
        <source>All reps</source>
        <translation>Wszyscy handlowcy</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Wszystkie źródła</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Okres kończy się przed rozpoczęciem.</translation>
    </message>
    <message>
        <source>Calculating…</source>
        <translation>Obliczanie…</translation>
    </message>
    <message>
        <source>%1 – %2 · %3 · as of %4</source>
        <translation>%1 – %2 · %3 · stan na %4</translation>
    </message>
    <message>
        <source>LeadRelay dashboard</source>
        <translation>Pulpit LeadRelay</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Opiekun</translation>
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
        <source>not yet</source>
        <translation>jeszcze nie</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Szansa</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Zamknięto</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Cykl</translation>
    </message>
</context>
<context>
    <name>lr::ui::DashboardTable</name>
    <message>
        <source>Export CSV…</source>
        <translation>Eksportuj CSV…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Pliki CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Nie można zapisać %1.</translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation>Wyeksportowano %1.</translation>
    </message>
</context>
<context>
    <name>lr::ui::DealCardDelegate</name>
    <message>
        <source>%1 (mixed)</source>
        <translation>%1 (mieszane)</translation>
    </message>
    <message>
        <source>No value</source>
        <translation>Brak wartości</translation>
    </message>
    <message numerus="yes">
        <source>%n d in stage</source>
        <translation>
            <numerusform>%n dzień w etapie</numerusform>
            <numerusform>%n dni w etapie</numerusform>
            <numerusform>%n dni w etapie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rotting · %n d idle</source>
        <translation>
            <numerusform>Zastój · %n dzień bez aktywności</numerusform>
            <numerusform>Zastój · %n dni bez aktywności</numerusform>
            <numerusform>Zastój · %n dni bez aktywności</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 %</source>
        <translation>%1 · %2 %</translation>
    </message>
    <message>
        <source>No next step</source>
        <translation>Brak następnego kroku</translation>
    </message>
</context>
<context>
    <name>lr::ui::DealDetailPanel</name>
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
    <message>
        <source>Select a deal to see its details, history and activities.</source>
        <translation>Wybierz szansę, aby zobaczyć jej szczegóły, historię i aktywności.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>RRRR-MM-DD</translation>
    </message>
    <message>
        <source>&amp;Save Deal</source>
        <translation>&amp;Zapisz szansę</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>Historia etapów</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Aktywności</translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation>Otwarte zadania</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>brak opiekuna</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n day(s) there</source>
        <translation>
            <numerusform>%1, od %n dnia</numerusform>
            <numerusform>%1, od %n dni</numerusform>
            <numerusform>%1, od %n dni</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 % probability</source>
        <translation>prawdopodobieństwo %1 %</translation>
    </message>
    <message numerus="yes">
        <source>rotting: %n day(s) without activity</source>
        <translation>
            <numerusform>zastój: %n dzień bez aktywności</numerusform>
            <numerusform>zastój: %n dni bez aktywności</numerusform>
            <numerusform>zastój: %n dni bez aktywności</numerusform>
        </translation>
    </message>
    <message>
        <source>product: %1</source>
        <translation>produkt: %1</translation>
    </message>
    <message>
        <source>automation or import</source>
        <translation>automatyzacja lub import</translation>
    </message>
    <message>
        <source>created in %1</source>
        <translation>utworzono w %1</translation>
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
        <translation>Brak aktywności.</translation>
    </message>
    <message>
        <source>No open task.</source>
        <translation>Brak otwartych zadań.</translation>
    </message>
    <message>
        <source>Close the details (Esc)</source>
        <translation>Zamknij szczegóły (Esc)</translation>
    </message>
    <message>
        <source>Close the details</source>
        <translation>Zamknij szczegóły</translation>
    </message>
</context>
<context>
    <name>lr::ui::DealFieldNames</name>
    <message>
        <source>ID in the other CRM</source>
        <translation>ID w innym CRM</translation>
    </message>
    <message>
        <source>Deal name</source>
        <translation>Nazwa szansy</translation>
    </message>
    <message>
        <source>Owner (email or name)</source>
        <translation>Opiekun (e-mail lub nazwa)</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>E-mail kontaktu</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etap</translation>
    </message>
    <message>
        <source>Status (open, won, lost)</source>
        <translation>Status (otwarta, wygrana, przegrana)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Waluta</translation>
    </message>
    <message>
        <source>Engaged (created) on</source>
        <translation>Data zaangażowania (utworzenia)</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Data zamknięcia</translation>
    </message>
    <message>
        <source>Expected close date</source>
        <translation>Przewidywana data zamknięcia</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>Powód przegranej</translation>
    </message>
</context>
<context>
    <name>lr::ui::DialogFileChooser</name>
    <message>
        <source>Import Leads</source>
        <translation>Importuj leady</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Pliki CSV (*.csv *.txt);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Save Rejected Rows</source>
        <translation>Zapisz odrzucone wiersze</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Pliki CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>lr::ui::DrillDownDialog</name>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n rekord</numerusform>
            <numerusform>%n rekordy</numerusform>
            <numerusform>%n rekordów</numerusform>
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
        <translation>Ocena</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Możliwy duplikat</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Powód</translation>
    </message>
</context>
<context>
    <name>lr::ui::DuplicatesPage</name>
    <message>
        <source>Duplicates</source>
        <translation>Duplikaty</translation>
    </message>
    <message>
        <source>&amp;Review and Merge…</source>
        <translation>&amp;Przejrzyj i scal…</translation>
    </message>
    <message>
        <source>Compare the two records field by field (Enter)</source>
        <translation>Porównaj oba rekordy pole po polu (Enter)</translation>
    </message>
    <message>
        <source>&amp;Not a Duplicate</source>
        <translation>&amp;To nie duplikat</translation>
    </message>
    <message>
        <source>Never offer this pair again (Delete)</source>
        <translation>Nigdy więcej nie proponuj tej pary (Delete)</translation>
    </message>
    <message>
        <source>&amp;Undo Merge</source>
        <translation>&amp;Cofnij scalenie</translation>
    </message>
    <message>
        <source>Restore the merged lead and the kept lead&apos;s old values (Ctrl+Z)</source>
        <translation>Przywróć scalonego leada i dawne wartości zachowanego leada (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Możliwe duplikaty</translation>
    </message>
    <message>
        <source>Recent merges</source>
        <translation>Ostatnie scalenia</translation>
    </message>
    <message numerus="yes">
        <source>%n open candidate</source>
        <translation>
            <numerusform>%n otwarty kandydat</numerusform>
            <numerusform>%n otwarci kandydaci</numerusform>
            <numerusform>%n otwartych kandydatów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open candidates</source>
        <translation>
            <numerusform>%n otwarty kandydat</numerusform>
            <numerusform>%n otwarci kandydaci</numerusform>
            <numerusform>%n otwartych kandydatów</numerusform>
        </translation>
    </message>
    <message>
        <source>Candidates found in %1 ms</source>
        <translation>Kandydatów znaleziono w %1 ms</translation>
    </message>
    <message>
        <source>%1 and %2 will not be offered as duplicates again.</source>
        <translation>%1 i %2 nie będą już proponowane jako duplikaty.</translation>
    </message>
    <message>
        <source>The merge was undone: %1 is back as a lead of its own.</source>
        <translation>Scalenie cofnięto: %1 znów jest osobnym leadem.</translation>
    </message>
    <message>
        <source>Duplicates that slipped past intake and were merged here later are the Dashboard&apos;s duplicate rate (target &lt; %1 %).</source>
        <translation>Duplikaty, które przeszły przez przyjmowanie i zostały tu później scalone, to wskaźnik duplikatów na pulpicie (cel &lt; %1 %).</translation>
    </message>
    <message>
        <source>%1 (#%2) was merged into %3 (#%4). Undo Merge (Ctrl+Z) brings it back if that was wrong.</source>
        <translation>%1 (#%2) scalono z %3 (#%4). Jeśli to pomyłka, Cofnij scalenie (Ctrl+Z) przywróci rekord.</translation>
    </message>
    <message>
        <source>Caught at intake (%1): no submissions yet</source>
        <translation>Wyłapane przy przyjmowaniu (%1): brak zgłoszeń</translation>
    </message>
    <message>
        <source>Caught at intake (%1): %2 % — %3 of %4 submissions matched a known person and were merged instead of becoming a duplicate</source>
        <translation>Wyłapane przy przyjmowaniu (%1): %2 % — zgłoszenia pasujące do znanej osoby, scalone zamiast duplikatu: %3 (wszystkich zgłoszeń: %4)</translation>
    </message>
</context>
<context>
    <name>lr::ui::EnrichmentDialog</name>
    <message>
        <source>Enrichment</source>
        <translation>Wzbogacanie danych</translation>
    </message>
    <message>
        <source>Company enrichment</source>
        <translation>Wzbogacanie danych firm</translation>
    </message>
    <message>
        <source>Fills empty company fields — name, employees, industry, revenue, country — from a local firmographics table or an HTTP JSON service. A value someone typed is never overwritten, and every filled field keeps its source and time. New leads are enriched from the local table as they arrive.</source>
        <translation>Uzupełnia puste pola firmy — nazwę, liczbę pracowników, branżę, przychód, kraj — z lokalnej tabeli danych firmograficznych lub z usługi HTTP JSON. Wartość wpisana przez człowieka nigdy nie jest nadpisywana, a każde uzupełnione pole zachowuje źródło i czas. Nowe leady są wzbogacane z lokalnej tabeli w chwili ich pojawienia się.</translation>
    </message>
    <message>
        <source>Local firmographics table</source>
        <translation>Lokalna tabela danych firmograficznych</translation>
    </message>
    <message>
        <source>CSV file with Domain, Company, Employees, Industry, Revenue, Country</source>
        <translation>Plik CSV z kolumnami Domain, Company, Employees, Industry, Revenue, Country</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Przeglądaj…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importuj</translation>
    </message>
    <message>
        <source>Headers such as Website or URL, Company Name, Headcount (&quot;51-200&quot; works), Annual Revenue (&quot;2.5M&quot;, &quot;$750k&quot;) and Country or Country code are recognised. Importing again updates known domains.</source>
        <translation>Rozpoznawane są nagłówki takie jak Website lub URL, Company Name, Headcount (&quot;51-200&quot; działa), Annual Revenue (&quot;2.5M&quot;, &quot;$750k&quot;) oraz Country lub Country code. Ponowny import aktualizuje znane domeny.</translation>
    </message>
    <message>
        <source>HTTP JSON provider (optional)</source>
        <translation>Dostawca HTTP JSON (opcjonalnie)</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Save Settings</source>
        <translation>Zapisz ustawienia</translation>
    </message>
    <message>
        <source>Retries:</source>
        <translation>Ponowne próby:</translation>
    </message>
    <message>
        <source>URL template:</source>
        <translation>Szablon URL:</translation>
    </message>
    <message>
        <source>Timeout:</source>
        <translation>Limit czasu:</translation>
    </message>
    <message>
        <source>{domain} is replaced by the company&apos;s domain. 404 means unknown; timeouts and server errors are retried with a growing pause.</source>
        <translation>{domain} zostaje zastąpione domeną firmy. 404 oznacza brak danych; przekroczenia czasu i błędy serwera są ponawiane z rosnącą przerwą.</translation>
    </message>
    <message>
        <source>Enrich now</source>
        <translation>Wzbogać teraz</translation>
    </message>
    <message>
        <source>HTTP JSON provider</source>
        <translation>Dostawca HTTP JSON</translation>
    </message>
    <message>
        <source>Enrich Now</source>
        <translation>Wzbogać teraz</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>Dostawca:</translation>
    </message>
    <message>
        <source>Companies in the table: %1</source>
        <translation>Firmy w tabeli: %1</translation>
    </message>
    <message>
        <source>The table is empty: import a CSV file to start.</source>
        <translation>Tabela jest pusta: zaimportuj plik CSV, aby zacząć.</translation>
    </message>
    <message>
        <source>Waiting for enrichment (empty fields, not tried recently): %1</source>
        <translation>Oczekujące na wzbogacenie (puste pola, niedawno niesprawdzane): %1</translation>
    </message>
    <message>
        <source>No company is waiting for enrichment.</source>
        <translation>Żadna firma nie oczekuje na wzbogacenie.</translation>
    </message>
    <message>
        <source>Import Firmographics</source>
        <translation>Importuj dane firmograficzne</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Pliki CSV (*.csv *.txt);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Rows read: %1 — new: %2, updated: %3, rejected: %4.</source>
        <translation>Odczytane wiersze: %1 — nowe: %2, zaktualizowane: %3, odrzucone: %4.</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… i %1 więcej.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Wiersz %1: %2</translation>
    </message>
    <message>
        <source>Columns not used: %1</source>
        <translation>Nieużyte kolumny: %1</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Ustawienia zapisane.</translation>
    </message>
    <message>
        <source>Fix the HTTP provider settings first.</source>
        <translation>Najpierw popraw ustawienia dostawcy HTTP.</translation>
    </message>
    <message>
        <source>Looked up: %1 — enriched: %2 (company fields: %3, lead fields: %4), not found: %5, failed: %6.</source>
        <translation>Sprawdzono: %1 — wzbogacono: %2 (pola firmy: %3, pola leada: %4), nie znaleziono: %5, błędy: %6.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Anulowano.</translation>
    </message>
    <message>
        <source>First error: %1</source>
        <translation>Pierwszy błąd: %1</translation>
    </message>
</context>
<context>
    <name>lr::ui::ExitCriteriaDialog</name>
    <message>
        <source>Move to %1</source>
        <translation>Przenieś do %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; needs a few details before it can enter &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; wymaga kilku informacji, zanim przejdzie do etapu &lt;b&gt;%2&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Wybierz powód…</translation>
    </message>
    <message>
        <source>e.g. 12500 (%1)</source>
        <translation>np. 12500 (%1)</translation>
    </message>
    <message>
        <source>billing@company.com</source>
        <translation>faktury@firma.pl</translation>
    </message>
    <message>
        <source>Name and role, e.g. Jana Novak (CFO)</source>
        <translation>Imię, nazwisko i rola, np. Jana Novak (CFO)</translation>
    </message>
    <message>
        <source>e.g. DE123456789</source>
        <translation>np. PL1234567890</translation>
    </message>
</context>
<context>
    <name>lr::ui::FirstAdminDialog</name>
    <message>
        <source>Set Up LeadRelay</source>
        <translation>Konfiguracja LeadRelay</translation>
    </message>
    <message>
        <source>Nobody can sign in to this database yet</source>
        <translation>Nikt nie może się jeszcze zalogować do tej bazy</translation>
    </message>
    <message>
        <source>Create the administrator who sets LeadRelay up. They add the reps and managers on the Team page, and configure scoring, routing and SLAs under Rules.</source>
        <translation>Utwórz administratora, który skonfiguruje LeadRelay. Doda on handlowców i menedżerów na stronie Zespół, a ocenę, przydział i SLA ustawi w Regułach.</translation>
    </message>
    <message>
        <source>Create and Sign In</source>
        <translation>Utwórz i zaloguj</translation>
    </message>
</context>
<context>
    <name>lr::ui::ForecastStrip</name>
    <message>
        <source>Weighted forecast</source>
        <translation>Prognoza ważona</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nieprzypisany</translation>
    </message>
    <message>
        <source>%1 of %2 open</source>
        <translation>%1 z %2 otwartych</translation>
    </message>
    <message>
        <source>Overdue / no date</source>
        <translation>Po terminie / bez daty</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Później</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) · %1</source>
        <translation>
            <numerusform>%n szansa · %1</numerusform>
            <numerusform>%n szanse · %1</numerusform>
            <numerusform>%n szans · %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No deals</source>
        <translation>Brak szans</translation>
    </message>
    <message>
        <source>Weighted by owner:</source>
        <translation>Ważona wg opiekunów:</translation>
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
    <name>lr::ui::HygieneListModel</name>
    <message>
        <source>Stored as %1</source>
        <translation>Zapisano jako %1</translation>
    </message>
    <message>
        <source>Domain or address</source>
        <translation>Domena lub adres</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Dodane przez</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Dodano</translation>
    </message>
</context>
<context>
    <name>lr::ui::HygieneListsPanel</name>
    <message>
        <source>Submissions from these domains (and their subdomains) are quarantined as throwaway addresses, on top of the shipped list.</source>
        <translation>Zgłoszenia z tych domen (i ich subdomen) trafiają do kwarantanny jako adresy jednorazowe, oprócz dostarczonej listy.</translation>
    </message>
    <message>
        <source>Personal mail domains: the lead is kept, but the domain is never taken as the company&apos;s and never used to match people.</source>
        <translation>Domeny poczty prywatnej: lead jest zachowywany, ale domena nigdy nie jest traktowana jako domena firmy ani używana do dopasowywania osób.</translation>
    </message>
    <message>
        <source>Company domains that a shipped list calls disposable or free-mail, for example a customer whose domain is on the throwaway list.</source>
        <translation>Domeny firmowe, które dostarczona lista uznaje za jednorazowe lub darmowe, np. klient, którego domena jest na liście adresów jednorazowych.</translation>
    </message>
    <message>
        <source>Single junk addresses (bots, test accounts): their submissions are quarantined.</source>
        <translation>Pojedyncze adresy-śmieci (boty, konta testowe): ich zgłoszenia trafiają do kwarantanny.</translation>
    </message>
    <message>
        <source>Search this list</source>
        <translation>Szukaj na tej liście</translation>
    </message>
    <message>
        <source>Why (optional)</source>
        <translation>Powód (opcjonalnie)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Dodaj</translation>
    </message>
    <message>
        <source>Remove Selected</source>
        <translation>Usuń zaznaczone</translation>
    </message>
    <message>
        <source>List:</source>
        <translation>Lista:</translation>
    </message>
    <message>
        <source>Address, e.g. bot@firma.de</source>
        <translation>Adres, np. bot@firma.de</translation>
    </message>
    <message>
        <source>Domain, e.g. firma.de or bücher.de</source>
        <translation>Domena, np. firma.de lub bücher.de</translation>
    </message>
    <message>
        <source>%1 added to &quot;%2&quot;.</source>
        <translation>Dodano %1 do „%2”.</translation>
    </message>
    <message>
        <source>Select the entries to remove first.</source>
        <translation>Najpierw zaznacz wpisy do usunięcia.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n entry(ies).</source>
        <translation>
            <numerusform>Usunięto %n wpis.</numerusform>
            <numerusform>Usunięto %n wpisy.</numerusform>
            <numerusform>Usunięto %n wpisów.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lr::ui::ImportFilePage</name>
    <message>
        <source>Choose a leads file</source>
        <translation>Wybierz plik z leadami</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leady</translation>
    </message>
    <message>
        <source>Deals from another CRM</source>
        <translation>Szanse sprzedaży z innego CRM</translation>
    </message>
    <message>
        <source>Deals: an opportunities export from HubSpot, Pipedrive, Salesforce or a spreadsheet. Missing companies and owners are created; won and lost deals keep their dates.</source>
        <translation>Szanse sprzedaży: eksport szans z HubSpot, Pipedrive, Salesforce lub arkusza kalkulacyjnego. Brakujące firmy i opiekunowie zostaną utworzeni; wygrane i przegrane szanse zachowują swoje daty.</translation>
    </message>
    <message>
        <source>Path of a .csv file</source>
        <translation>Ścieżka do pliku .csv</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Przeglądaj…</translation>
    </message>
    <message>
        <source>&amp;The file holds:</source>
        <translation>Plik &amp;zawiera:</translation>
    </message>
    <message>
        <source>Choose a deals file</source>
        <translation>Wybierz plik z szansami sprzedaży</translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation>Nie wybrano jeszcze pliku.</translation>
    </message>
    <message>
        <source>UTF-8 with byte order mark</source>
        <translation>UTF-8 ze znacznikiem kolejności bajtów</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message numerus="yes">
        <source>the first %n row(s)</source>
        <translation>
            <numerusform>pierwszy %n wiersz</numerusform>
            <numerusform>pierwsze %n wiersze</numerusform>
            <numerusform>pierwszych %n wierszy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>all %n row(s)</source>
        <translation>
            <numerusform>%n wiersz</numerusform>
            <numerusform>wszystkie %n wiersze</numerusform>
            <numerusform>wszystkie %n wierszy</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4 separated · %5 columns · showing %6</source>
        <translation>%1 · %2 · %3 · separator: %4 · kolumny: %5 · wyświetlono %6</translation>
    </message>
    <message>
        <source>%1 (not UTF-8; read in this Windows code page)</source>
        <translation>%1 (nie UTF-8; odczytano w tej stronie kodowej Windows)</translation>
    </message>
    <message>
        <source>UTF-16 (Unicode text, as Excel saves it)</source>
        <translation>UTF-16 (tekst Unicode, tak jak zapisuje go Excel)</translation>
    </message>
    <message>
        <source>A CSV export from a CRM, an ads platform or a spreadsheet, in UTF-8, UTF-16 or a Windows code page, with any separator. You can also drop the file here.</source>
        <translation>Eksport CSV z CRM, platformy reklamowej lub arkusza, w UTF-8, UTF-16 lub stronie kodowej Windows, z dowolnym separatorem. Plik możesz też upuścić tutaj.</translation>
    </message>
    <message numerus="yes">
        <source>header on line %1: the %n row(s) above it are not imported</source>
        <translation>
            <numerusform>nagłówek w linii %1: %n wiersz nad nim nie zostanie zaimportowany</numerusform>
            <numerusform>nagłówek w linii %1: %n wiersze nad nim nie zostaną zaimportowane</numerusform>
            <numerusform>nagłówek w linii %1: %n wierszy nad nim nie zostanie zaimportowanych</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lr::ui::ImportMappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>Dopasuj kolumny</translation>
    </message>
    <message>
        <source>Choose what each column of the file becomes. Recognised columns are already chosen; columns left on &quot;Do not import&quot; are kept in the intake journal only.</source>
        <translation>Wybierz, czym ma się stać każda kolumna pliku. Rozpoznane kolumny są już wybrane; kolumny pozostawione na &quot;Nie importuj&quot; są zachowywane tylko w dzienniku przyjęć.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Kolumna w pliku</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Pierwsza wartość</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importuj jako</translation>
    </message>
    <message>
        <source>Names the list in the journal and on each lead&apos;s form field. Use a lead source such as ads, event or referral to set the leads&apos; source.</source>
        <translation>Nazywa listę w dzienniku i w polu formularza każdego leada. Użyj źródła leada, np. ads, event lub referral, aby ustawić źródło leadów.</translation>
    </message>
    <message>
        <source>Won=Closed Won; Lost=Closed Lost; Demo=Discovery Booked</source>
        <translation>Won=Closed Won; Lost=Closed Lost; Demo=Discovery Booked</translation>
    </message>
    <message>
        <source>Stages the other CRM names differently. Usual names (HubSpot, Pipedrive, Salesforce) are recognised; rows with an unknown stage are reported.</source>
        <translation>Etapy, które inny CRM nazywa inaczej. Typowe nazwy (HubSpot, Pipedrive, Salesforce) są rozpoznawane; wiersze z nieznanym etapem są zgłaszane.</translation>
    </message>
    <message>
        <source>&amp;Source name:</source>
        <translation>&amp;Nazwa źródła:</translation>
    </message>
    <message>
        <source>S&amp;tage names:</source>
        <translation>Nazwy &amp;etapów:</translation>
    </message>
    <message>
        <source>Do not import</source>
        <translation>Nie importuj</translation>
    </message>
    <message>
        <source>%1 is chosen for more than one column (%2). Pick one of them.</source>
        <translation>%1 wybrano dla więcej niż jednej kolumny (%2). Wybierz jedną z nich.</translation>
    </message>
    <message>
        <source>Choose the column with the deal name, the company or the other CRM&apos;s ID.</source>
        <translation>Wybierz kolumnę z nazwą szansy, firmą lub identyfikatorem z innego CRM.</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) will be imported.</source>
        <translation>
            <numerusform>Zostanie zaimportowana %n kolumna.</numerusform>
            <numerusform>Zostaną zaimportowane %n kolumny.</numerusform>
            <numerusform>Zostanie zaimportowanych %n kolumn.</numerusform>
        </translation>
    </message>
    <message>
        <source>Email is required: choose the column that holds the email address.</source>
        <translation>E-mail jest wymagany: wybierz kolumnę zawierającą adres e-mail.</translation>
    </message>
    <message>
        <source>Write stage names as Exported=LeadRelay, separated by semicolons, not &quot;%1&quot;.</source>
        <translation>Wpisz nazwy etapów jako Eksport=LeadRelay, rozdzielone średnikami, a nie „%1”.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation>„%1”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (where it is empty: %2)</source>
        <translation>„%1” (gdy jest pusta: %2)</translation>
    </message>
    <message numerus="yes">
        <source>Email comes from %1. %n column(s) will be imported.</source>
        <translation>
            <numerusform>E-mail pochodzi z %1. Zostanie zaimportowana %n kolumna.</numerusform>
            <numerusform>E-mail pochodzi z %1. Zostaną zaimportowane %n kolumny.</numerusform>
            <numerusform>E-mail pochodzi z %1. Zostanie zaimportowanych %n kolumn.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lr::ui::ImportProgressPage</name>
    <message>
        <source>Importing</source>
        <translation>Importowanie</translation>
    </message>
    <message>
        <source>Every row is journaled first, then checked, deduplicated and created or merged. You can keep working in the main window.</source>
        <translation>Każdy wiersz jest najpierw zapisywany w dzienniku, a następnie sprawdzany, deduplikowany i tworzony lub scalany. Możesz dalej pracować w oknie głównym.</translation>
    </message>
    <message>
        <source>&amp;Stop Import</source>
        <translation>&amp;Zatrzymaj import</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Rozpoczynanie…</translation>
    </message>
    <message>
        <source>%1 rows read: %2 created, %3 merged, %4 quarantined.</source>
        <translation>Odczytano wierszy: %1; utworzono: %2, scalono: %3, w kwarantannie: %4.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Zatrzymywanie…</translation>
    </message>
</context>
<context>
    <name>lr::ui::ImportSummaryPage</name>
    <message>
        <source>Import summary</source>
        <translation>Podsumowanie importu</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Odrzucone wiersze</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Wiersz</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <source>Save &amp;Rejected Rows…</source>
        <translation>Zapisz &amp;odrzucone wiersze…</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Niczego nie zaimportowano: %1</translation>
    </message>
    <message>
        <source>the import did not run.</source>
        <translation>import nie został uruchomiony.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Import stopped.&lt;/b&gt; The %1 rows read before you stopped were imported and are kept; the rest of the file was not read.</source>
        <translation>&lt;b&gt;Import zatrzymany.&lt;/b&gt; Wiersze odczytane przed zatrzymaniem (%1) zostały zaimportowane i zachowane; reszta pliku nie została odczytana.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Import finished.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Import zakończony.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Rows: %1 · deals created: %2 · updated from an earlier import: %3 · rejected: %4</source>
        <translation>Wiersze: %1 · utworzone szanse: %2 · zaktualizowane z wcześniejszego importu: %3 · odrzucone: %4</translation>
    </message>
    <message>
        <source>Rows: %1 · created: %2 · merged into existing leads: %3 · quarantined: %4</source>
        <translation>Wiersze: %1 · utworzone: %2 · scalone z istniejącymi leadami: %3 · w kwarantannie: %4</translation>
    </message>
    <message>
        <source>Columns not imported: %1</source>
        <translation>Niezaimportowane kolumny: %1</translation>
    </message>
    <message>
        <source>Columns not imported (kept in the intake journal): %1</source>
        <translation>Niezaimportowane kolumny (zachowane w dzienniku przyjęć): %1</translation>
    </message>
    <message>
        <source>No row was rejected.</source>
        <translation>Nie odrzucono żadnego wiersza.</translation>
    </message>
    <message>
        <source>-rejected</source>
        <translation>-odrzucone</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n row(s) with their reasons to %1.</source>
        <translation>
            <numerusform>Zapisano %n wiersz z powodami do %1.</numerusform>
            <numerusform>Zapisano %n wiersze z powodami do %1.</numerusform>
            <numerusform>Zapisano %n wierszy z powodami do %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n imported row(s) had something left out:</source>
        <translation>
            <numerusform>W %n zaimportowanym wierszu coś pominięto:</numerusform>
            <numerusform>W %n zaimportowanych wierszach coś pominięto:</numerusform>
            <numerusform>W %n zaimportowanych wierszach coś pominięto:</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Wiersz %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more, in the intake journal.</source>
        <translation>
            <numerusform>… i jeszcze %n wiersz — w dzienniku przyjęć.</numerusform>
            <numerusform>… i jeszcze %n wiersze — w dzienniku przyjęć.</numerusform>
            <numerusform>… i jeszcze %n wierszy — w dzienniku przyjęć.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) above the header were not imported: %1</source>
        <translation>
            <numerusform>%n wiersz nad nagłówkiem nie został zaimportowany: %1</numerusform>
            <numerusform>%n wiersze nad nagłówkiem nie zostały zaimportowane: %1</numerusform>
            <numerusform>%n wierszy nad nagłówkiem nie zostało zaimportowanych: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lr::ui::ImportWizard</name>
    <message>
        <source>Import Leads</source>
        <translation>Importuj leady</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importuj</translation>
    </message>
    <message>
        <source>Import Deals</source>
        <translation>Importuj szanse sprzedaży</translation>
    </message>
    <message>
        <source>Cannot open the store for the import: %1</source>
        <translation>Nie można otworzyć bazy do importu: %1</translation>
    </message>
</context>
<context>
    <name>lr::ui::InboxModel</name>
    <message>
        <source>%1 h %2</source>
        <translation>%1 godz. %2</translation>
    </message>
    <message>
        <source>%1 over</source>
        <translation>%1 po terminie</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>zostało %1</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Opiekun</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Zasada</translation>
    </message>
</context>
<context>
    <name>lr::ui::InboxPage</name>
    <message>
        <source>Log call</source>
        <translation>Zapisz rozmowę</translation>
    </message>
    <message>
        <source>Log email</source>
        <translation>Zapisz e-mail</translation>
    </message>
    <message>
        <source>Log meeting</source>
        <translation>Zapisz spotkanie</translation>
    </message>
    <message>
        <source>Reason to disqualify</source>
        <translation>Powód dyskwalifikacji</translation>
    </message>
    <message>
        <source>Disqualify</source>
        <translation>Zdyskwalifikuj</translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation>Przydziel ponownie</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Pokaż:</translation>
    </message>
    <message>
        <source>My leads</source>
        <translation>Moje leady</translation>
    </message>
    <message>
        <source>My team</source>
        <translation>Mój zespół</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Wszyscy</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Naruszone</translation>
    </message>
    <message>
        <source>%1 logged; the SLA clock stopped.</source>
        <translation>Zapisano: %1; zegar SLA zatrzymany.</translation>
    </message>
    <message>
        <source>Lead disqualified.</source>
        <translation>Lead zdyskwalifikowany.</translation>
    </message>
    <message>
        <source>Lead reassigned to %1.</source>
        <translation>Lead przydzielono ponownie do %1.</translation>
    </message>
</context>
<context>
    <name>lr::ui::IntakeActions</name>
    <message>
        <source>&amp;New Lead…</source>
        <translation>&amp;Nowy lead…</translation>
    </message>
    <message>
        <source>Type in a lead from a call, a chat or a referral</source>
        <translation>Wpisz leada z rozmowy telefonicznej, czatu lub polecenia</translation>
    </message>
    <message>
        <source>&amp;Import Leads…</source>
        <translation>&amp;Importuj leady…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Ustawienia…</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Ustawienia zapisane.</translation>
    </message>
</context>
<context>
    <name>lr::ui::IntakePage</name>
    <message>
        <source>Lead #%1 created.</source>
        <translation>Utworzono lead #%1.</translation>
    </message>
    <message>
        <source>Merged into lead #%1.</source>
        <translation>Scalono z leadem #%1.</translation>
    </message>
    <message>
        <source>Still quarantined: %1</source>
        <translation>Nadal w kwarantannie: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Błąd: %1</translation>
    </message>
    <message>
        <source>Rejected Submissions</source>
        <translation>Odrzucone zgłoszenia</translation>
    </message>
    <message>
        <source>Domain Lists</source>
        <translation>Listy domen</translation>
    </message>
    <message>
        <source>No rejected submissions match. Every submission made it in.</source>
        <translation>Brak pasujących odrzuconych zgłoszeń. Wszystkie zgłoszenia zostały przyjęte.</translation>
    </message>
    <message>
        <source>Re-process Selected</source>
        <translation>Przetwórz ponownie zaznaczone</translation>
    </message>
    <message>
        <source>Run the selected submissions through intake again as they are, for example after a domain list changed.</source>
        <translation>Ponownie przepuść zaznaczone zgłoszenia przez proces przyjmowania bez zmian, np. po zmianie listy domen.</translation>
    </message>
    <message>
        <source>Discard Selected</source>
        <translation>Odrzuć zaznaczone</translation>
    </message>
    <message>
        <source>Intake review</source>
        <translation>Przegląd przyjęć</translation>
    </message>
    <message>
        <source>Search reason, form or submitted text</source>
        <translation>Szukaj w powodzie, formularzu lub przesłanym tekście</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Wszystkie kanały</translation>
    </message>
    <message>
        <source>Show discarded</source>
        <translation>Pokaż odrzucone</translation>
    </message>
    <message>
        <source>All forms</source>
        <translation>Wszystkie formularze</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>All reasons</source>
        <translation>Wszystkie powody</translation>
    </message>
    <message numerus="yes">
        <source>%n rejected submission(s) waiting for review</source>
        <translation>
            <numerusform>%n odrzucone zgłoszenie czeka na przegląd</numerusform>
            <numerusform>%n odrzucone zgłoszenia czekają na przegląd</numerusform>
            <numerusform>%n odrzuconych zgłoszeń czeka na przegląd</numerusform>
        </translation>
    </message>
    <message>
        <source> · %1 shown</source>
        <translation> · wyświetlono %1</translation>
    </message>
    <message>
        <source>Submission #%1: %2</source>
        <translation>Zgłoszenie #%1: %2</translation>
    </message>
    <message>
        <source>Discarded. It stays in the journal; tick &quot;Show discarded&quot; to see it.</source>
        <translation>Odrzucono. Pozostaje w dzienniku; zaznacz &quot;Pokaż odrzucone&quot;, aby je zobaczyć.</translation>
    </message>
    <message>
        <source>Submission #%1 discarded.</source>
        <translation>Zgłoszenie #%1 odrzucone.</translation>
    </message>
    <message>
        <source>Select the submissions to re-process first.</source>
        <translation>Najpierw zaznacz zgłoszenia do ponownego przetworzenia.</translation>
    </message>
    <message>
        <source>Re-processed %1: %2 created, %3 merged, %4 still quarantined, %5 failed.</source>
        <translation>Ponownie przetworzono %1: utworzono %2, scalono %3, nadal w kwarantannie %4, błędy %5.</translation>
    </message>
    <message>
        <source>Select the submissions to discard first.</source>
        <translation>Najpierw zaznacz zgłoszenia do odrzucenia.</translation>
    </message>
    <message numerus="yes">
        <source>Discarded %n submission(s).</source>
        <translation>
            <numerusform>Odrzucono %n zgłoszenie.</numerusform>
            <numerusform>Odrzucono %n zgłoszenia.</numerusform>
            <numerusform>Odrzucono %n zgłoszeń.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lr::ui::KpiTile</name>
    <message>
        <source>No figure for the previous period</source>
        <translation>Brak wartości dla poprzedniego okresu</translation>
    </message>
    <message>
        <source>Up from the previous period</source>
        <translation>Wzrost względem poprzedniego okresu</translation>
    </message>
    <message>
        <source>Down from the previous period</source>
        <translation>Spadek względem poprzedniego okresu</translation>
    </message>
    <message>
        <source>As in the previous period</source>
        <translation>Tak samo jak w poprzednim okresie</translation>
    </message>
    <message>
        <source>Click to see the records behind this figure</source>
        <translation>Kliknij, aby zobaczyć rekordy stojące za tą wartością</translation>
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
    <message>
        <source>Close the details (Esc)</source>
        <translation>Zamknij szczegóły (Esc)</translation>
    </message>
    <message>
        <source>Close the details</source>
        <translation>Zamknij szczegóły</translation>
    </message>
</context>
<context>
    <name>lr::ui::LeadEntryDialog</name>
    <message>
        <source>New Lead</source>
        <translation>Nowy lead</translation>
    </message>
    <message>
        <source>New lead</source>
        <translation>Nowy lead</translation>
    </message>
    <message>
        <source>A lead from a call, a chat or a referral. Only the email is required; it is checked as you type, like every web form and import.</source>
        <translation>Lead z rozmowy telefonicznej, czatu lub polecenia. Wymagany jest tylko e-mail; jest sprawdzany podczas pisania, tak jak w każdym formularzu WWW i imporcie.</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Imię i nazwisko:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>name@company.com (required)</source>
        <translation>imie@firma.pl (wymagane)</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>+48 601 234 567, or local with a country</source>
        <translation>+48 601 234 567 lub numer lokalny z krajem</translation>
    </message>
    <message>
        <source>C&amp;ompany:</source>
        <translation>&amp;Firma:</translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation>&amp;Stanowisko:</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>&amp;Kraj:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Język:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>Ź&amp;ródło:</translation>
    </message>
    <message>
        <source>Company size, use case or budget range</source>
        <translation>Wielkość firmy, zastosowanie lub przedział budżetu</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Pytanie:</translation>
    </message>
    <message>
        <source>Add Lead</source>
        <translation>Dodaj leada</translation>
    </message>
</context>
<context>
    <name>lr::ui::LeadFieldNames</name>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Company website or domain</source>
        <translation>Strona WWW lub domena firmy</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Telefon komórkowy</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Stanowisko</translation>
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
        <source>Lead source</source>
        <translation>Źródło leada</translation>
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
        <source>Submitted at</source>
        <translation>Data przesłania</translation>
    </message>
    <message>
        <source>Qualifying question</source>
        <translation>Pytanie kwalifikujące</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Pracownicy</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branża</translation>
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
    <message>
        <source>Show leads of one score class</source>
        <translation>Pokaż leady z wybranej klasy oceny</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>Wszystkie klasy</translation>
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
    <message>
        <source>Score</source>
        <translation>Ocena</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasa</translation>
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
    <message>
        <source>Intake</source>
        <translation>Przyjmowanie</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplikaty</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Lejek</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>Przydzielanie</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Reguły</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Pulpit</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Skrzynka leadów</translation>
    </message>
    <message>
        <source>My day</source>
        <translation>Mój dzień</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Narzędzia</translation>
    </message>
    <message>
        <source>&amp;Enrichment…</source>
        <translation>&amp;Wzbogacanie danych…</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>Ocenianie</translation>
    </message>
    <message>
        <source>&amp;Currencies…</source>
        <translation>&amp;Waluty…</translation>
    </message>
</context>
<context>
    <name>lr::ui::MergeDialog</name>
    <message>
        <source>%1 · #%2 · created %3</source>
        <translation>%1 · #%2 · utworzono %3</translation>
    </message>
    <message>
        <source>Merge Leads</source>
        <translation>Scal leady</translation>
    </message>
    <message>
        <source>Choose the value to keep for each field that differs. The record created first keeps its id, history and attribution; the other one is merged into it. A merge can be undone from Recent merges.</source>
        <translation>Wybierz wartość do zachowania dla każdego pola, które się różni. Rekord utworzony jako pierwszy zachowuje swój identyfikator, historię i atrybucję; drugi zostaje z nim scalony. Scalenie można cofnąć w sekcji Ostatnie scalenia.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Scal</translation>
    </message>
    <message>
        <source>Kept record</source>
        <translation>Zachowany rekord</translation>
    </message>
    <message>
        <source>Merged into it</source>
        <translation>Scalony z nim</translation>
    </message>
    <message>
        <source>Proposed because</source>
        <translation>Zaproponowano, ponieważ</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(puste)</translation>
    </message>
    <message>
        <source>The two records hold the same values.</source>
        <translation>Oba rekordy mają te same wartości.</translation>
    </message>
    <message>
        <source>Same in both: %1</source>
        <translation>Takie same w obu: %1</translation>
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
        <translation>Cofnięto %1</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Scalono</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Zachowany</translation>
    </message>
    <message>
        <source>Merged into it</source>
        <translation>Scalony z nim</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Przez</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stan</translation>
    </message>
</context>
<context>
    <name>lr::ui::MetricsLoader</name>
    <message>
        <source>Cannot open the store for the dashboard: %1</source>
        <translation>Nie można otworzyć bazy dla pulpitu: %1</translation>
    </message>
</context>
<context>
    <name>lr::ui::MyDayPage</name>
    <message>
        <source>Connected</source>
        <translation>Nawiązano kontakt</translation>
    </message>
    <message>
        <source>Left voicemail</source>
        <translation>Zostawiono wiadomość głosową</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Brak odpowiedzi</translation>
    </message>
    <message>
        <source>Meeting booked</source>
        <translation>Umówiono spotkanie</translation>
    </message>
    <message>
        <source>Not interested</source>
        <translation>Brak zainteresowania</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Zakończ</translation>
    </message>
    <message>
        <source>Escalations today</source>
        <translation>Eskalacje dzisiaj</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Wynik:</translation>
    </message>
    <message>
        <source>%1 overdue · %2 due now · %3 later</source>
        <translation>Po terminie: %1 · do zrobienia teraz: %2 · później: %3</translation>
    </message>
    <message numerus="yes">
        <source>Escalations today: %n SLA breach(es)</source>
        <translation>
            <numerusform>Eskalacje dzisiaj: %n naruszenie SLA</numerusform>
            <numerusform>Eskalacje dzisiaj: %n naruszenia SLA</numerusform>
            <numerusform>Eskalacje dzisiaj: %n naruszeń SLA</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reassigned for breach</source>
        <translation>
            <numerusform>%n przydzielony ponownie z powodu naruszenia</numerusform>
            <numerusform>%n przydzielone ponownie z powodu naruszenia</numerusform>
            <numerusform>%n przydzielonych ponownie z powodu naruszenia</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <translation>%1 → %2: %3</translation>
    </message>
    <message>
        <source>SLA breached %1: %2 (%3)</source>
        <translation>Naruszono SLA o %1: %2 (%3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Reassigned for SLA breach, %1: %2 (%n in all)</source>
        <translation>
            <numerusform>Przydzielone ponownie z powodu naruszenia SLA, %1: %2 (łącznie %n)</numerusform>
            <numerusform>Przydzielone ponownie z powodu naruszenia SLA, %1: %2 (łącznie %n)</numerusform>
            <numerusform>Przydzielone ponownie z powodu naruszenia SLA, %1: %2 (łącznie %n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lr::ui::NotificationCenter</name>
    <message>
        <source>Mark all read</source>
        <translation>Oznacz wszystkie jako przeczytane</translation>
    </message>
    <message>
        <source>LeadRelay</source>
        <translation>LeadRelay</translation>
    </message>
    <message numerus="yes">
        <source>Notifications (%n unread)</source>
        <translation>
            <numerusform>Powiadomienia (%n nieprzeczytane)</numerusform>
            <numerusform>Powiadomienia (%n nieprzeczytane)</numerusform>
            <numerusform>Powiadomienia (%n nieprzeczytanych)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lr::ui::PersonFields</name>
    <message>
        <source>First and last name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>name@company.com: they sign in with it</source>
        <translation>imie@firma.pl: tym adresem się loguje</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
</context>
<context>
    <name>lr::ui::PipelinePage</name>
    <message>
        <source>Pipeline</source>
        <translation>Lejek</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Opiekun</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Opiekun:</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Zespół</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>Zespół:</translation>
    </message>
    <message>
        <source>Pipeline:</source>
        <translation>Lejek:</translation>
    </message>
    <message>
        <source>Edit &amp;Stages…</source>
        <translation>Edytuj &amp;etapy…</translation>
    </message>
    <message>
        <source>Move Deal to &amp;Next Stage</source>
        <translation>Przenieś szansę do &amp;następnego etapu</translation>
    </message>
    <message>
        <source>Move Deal to &amp;Previous Stage</source>
        <translation>Przenieś szansę do &amp;poprzedniego etapu</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Wszystkie zespoły</translation>
    </message>
    <message>
        <source>Stages saved.</source>
        <translation>Etapy zapisane.</translation>
    </message>
    <message>
        <source>Whole team</source>
        <translation>Cały zespół</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Wszyscy</translation>
    </message>
    <message>
        <source>My team</source>
        <translation>Mój zespół</translation>
    </message>
    <message numerus="yes">
        <source>%n open deal(s) · drag a card to another stage, or select it and press %1 / %2</source>
        <translation>
            <numerusform>%n otwarta szansa · przeciągnij kartę do innego etapu lub zaznacz ją i naciśnij %1 / %2</numerusform>
            <numerusform>%n otwarte szanse · przeciągnij kartę do innego etapu lub zaznacz ją i naciśnij %1 / %2</numerusform>
            <numerusform>%n otwartych szans · przeciągnij kartę do innego etapu lub zaznacz ją i naciśnij %1 / %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The move was cancelled.</source>
        <translation>Przeniesienie zostało anulowane.</translation>
    </message>
    <message>
        <source>Select a deal first.</source>
        <translation>Najpierw wybierz szansę.</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Przenieś do</translation>
    </message>
</context>
<context>
    <name>lr::ui::PipelineRulesTab</name>
    <message>
        <source> days</source>
        <translation> dni</translation>
    </message>
    <message>
        <source>Ghost-buster for stalled deals</source>
        <translation>Pogromca duchów dla zastygłych szans</translation>
    </message>
    <message>
        <source>Send a break-up task, then close silent deals as lost</source>
        <translation>Wyślij zadanie z e-mailem pożegnalnym, a potem zamknij milczące szanse jako przegrane</translation>
    </message>
    <message>
        <source>Deal unchanged for:</source>
        <translation>Szansa bez zmian od:</translation>
    </message>
    <message>
        <source>and no activity for:</source>
        <translation>i bez aktywności od:</translation>
    </message>
    <message>
        <source>Close as lost after the break-up:</source>
        <translation>Zamknij jako przegraną po e-mailu pożegnalnym:</translation>
    </message>
    <message>
        <source>Lost reason:</source>
        <translation>Powód przegranej:</translation>
    </message>
    <message>
        <source>Alerts and follow-ups</source>
        <translation>Alerty i działania następcze</translation>
    </message>
    <message>
        <source>Alert the owner when a deal outstays its stage&apos;s stale limit (Negotiation: 30 days)</source>
        <translation>Powiadom opiekuna, gdy szansa przekroczy limit zastoju swojego etapu (Negocjacje: 30 dni)</translation>
    </message>
    <message>
        <source>Check in again after a deal lost for timing or budget</source>
        <translation>Odezwij się ponownie po szansie przegranej z powodu terminu lub budżetu</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nigdy</translation>
    </message>
    <message>
        <source>After a won deal: hand-off tasks and an account review</source>
        <translation>Po wygranej szansie: zadania przekazania i przegląd konta</translation>
    </message>
    <message>
        <source>Comma separated. kickoff_call, onboarding_handoff and billing_details are translated; other text is used as written.</source>
        <translation>Rozdzielone przecinkami. kickoff_call, onboarding_handoff i billing_details są tłumaczone; pozostały tekst jest używany tak, jak został wpisany.</translation>
    </message>
    <message>
        <source>Lost for timing: check in after</source>
        <translation>Przegrana z powodu terminu: odezwij się po</translation>
    </message>
    <message>
        <source>Lost for budget: check in after</source>
        <translation>Przegrana z powodu budżetu: odezwij się po</translation>
    </message>
    <message>
        <source>Hand-off tasks:</source>
        <translation>Zadania przekazania:</translation>
    </message>
    <message>
        <source>Account review after:</source>
        <translation>Przegląd konta po:</translation>
    </message>
    <message>
        <source>&amp;Save Pipeline Rules</source>
        <translation>&amp;Zapisz reguły lejka</translation>
    </message>
    <message>
        <source>Edit &amp;Stages, Probabilities and Exit Criteria…</source>
        <translation>Edytuj &amp;etapy, prawdopodobieństwa i kryteria wyjścia…</translation>
    </message>
    <message>
        <source>Stages saved.</source>
        <translation>Etapy zapisane.</translation>
    </message>
    <message>
        <source>Pipeline rules saved.</source>
        <translation>Reguły lejka zapisane.</translation>
    </message>
</context>
<context>
    <name>lr::ui::QuarantineEntryEditor</name>
    <message>
        <source>Select a rejected submission to see and fix its fields.</source>
        <translation>Wybierz odrzucone zgłoszenie, aby zobaczyć i poprawić jego pola.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <source>Add Field</source>
        <translation>Dodaj pole</translation>
    </message>
    <message>
        <source>Remove Field</source>
        <translation>Usuń pole</translation>
    </message>
    <message>
        <source>As received (before any fix)</source>
        <translation>Jak odebrano (przed poprawkami)</translation>
    </message>
    <message>
        <source>Re-process</source>
        <translation>Przetwórz ponownie</translation>
    </message>
    <message>
        <source>Save the fields and run the submission through hygiene and dedup again.</source>
        <translation>Zapisz pola i ponownie przepuść zgłoszenie przez kontrolę jakości danych i deduplikację.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Odrzuć</translation>
    </message>
    <message>
        <source>Take it off the review list; it stays in the journal.</source>
        <translation>Usuń je z listy do przeglądu; pozostanie w dzienniku.</translation>
    </message>
    <message>
        <source>Submission #%1</source>
        <translation>Zgłoszenie #%1</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n próba</numerusform>
            <numerusform>%n próby</numerusform>
            <numerusform>%n prób</numerusform>
        </translation>
    </message>
    <message>
        <source>discarded by %1 on %2</source>
        <translation>odrzucone przez %1 w dniu %2</translation>
    </message>
    <message>
        <source>No reason recorded.</source>
        <translation>Nie zapisano powodu.</translation>
    </message>
    <message>
        <source>The body is not a JSON object, so it has no fields. Raw body: %1</source>
        <translation>Treść nie jest obiektem JSON, więc nie ma pól. Surowa treść: %1</translation>
    </message>
    <message>
        <source>Close the submission (Esc in the list)</source>
        <translation>Zamknij zgłoszenie (Esc na liście)</translation>
    </message>
    <message>
        <source>Close the submission</source>
        <translation>Zamknij zgłoszenie</translation>
    </message>
</context>
<context>
    <name>lr::ui::QuarantineTableModel</name>
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
        <source>Event</source>
        <translation>Zdarzenie</translation>
    </message>
    <message>
        <source>Discarded by %1 on %2</source>
        <translation>Odrzucone przez %1 w dniu %2</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Odebrano</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <source>Form / source</source>
        <translation>Formularz / źródło</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Próby</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stan</translation>
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
        <translation>%1: odrzucone zgłoszenia: %2 z %3</translation>
    </message>
    <message>
        <source>Form / source</source>
        <translation>Formularz / źródło</translation>
    </message>
    <message>
        <source>Rejects</source>
        <translation>Odrzucone</translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>Zgłoszenia</translation>
    </message>
    <message>
        <source>Reject rate</source>
        <translation>Odsetek odrzuceń</translation>
    </message>
</context>
<context>
    <name>lr::ui::RejectsByFormPanel</name>
    <message>
        <source>Rejects by form</source>
        <translation>Odrzucenia wg formularza</translation>
    </message>
    <message numerus="yes">
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>Ostatni %n dzień</numerusform>
            <numerusform>Ostatnie %n dni</numerusform>
            <numerusform>Ostatnie %n dni</numerusform>
        </translation>
    </message>
    <message>
        <source>Click a form to list its rejects.</source>
        <translation>Kliknij formularz, aby wyświetlić jego odrzucenia.</translation>
    </message>
    <message>
        <source>No rejected submissions in this period.</source>
        <translation>Brak odrzuconych zgłoszeń w tym okresie.</translation>
    </message>
</context>
<context>
    <name>lr::ui::RoutingRulesTab</name>
    <message>
        <source>Only people inside their working hours</source>
        <translation>Tylko osoby w godzinach pracy</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Włączona</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Zastosuj</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>Dodaj regułę</translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation>Usuń regułę</translation>
    </message>
    <message>
        <source>Save routing rules</source>
        <translation>Zapisz reguły przydzielania</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Warunki</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cel</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kto</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategia</translation>
    </message>
    <message>
        <source>%1 → %2, %3%4</source>
        <translation>%1 → %2, %3%4</translation>
    </message>
    <message>
        <source> (off)</source>
        <translation> (wył.)</translation>
    </message>
    <message>
        <source>Any team</source>
        <translation>Dowolny zespół</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>Nowa reguła</translation>
    </message>
    <message>
        <source>Routing rules saved as version %1.</source>
        <translation>Reguły przydzielania zapisano jako wersję %1.</translation>
    </message>
    <message>
        <source>What-if…</source>
        <translation>Symulacja…</translation>
    </message>
    <message>
        <source>No conditions: the default rule, which takes every lead no rule above took.</source>
        <translation>Bez warunków: reguła domyślna, która bierze każdy lead nieprzejęty przez reguły powyżej.</translation>
    </message>
    <message>
        <source>SLA load uses the unsaved policies of the SLA tab.</source>
        <translation>Obciążenie SLA korzysta z niezapisanych zasad z karty SLA.</translation>
    </message>
    <message>
        <source>The unsaved SLA policies are not valid (%1); SLA load uses the saved policies.</source>
        <translation>Niezapisane zasady SLA są nieprawidłowe (%1); obciążenie SLA korzysta z zapisanych zasad.</translation>
    </message>
</context>
<context>
    <name>lr::ui::ScorePanel</name>
    <message>
        <source>Score history</source>
        <translation>Historia oceny</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budżet</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Decyzyjność</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Potrzeba</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Nieznane</translation>
    </message>
    <message>
        <source>Save BANT</source>
        <translation>Zapisz BANT</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>Nieoceniony</translation>
    </message>
    <message>
        <source>%1 · %2 · rules version %3</source>
        <translation>%1 · %2 · wersja reguł %3</translation>
    </message>
    <message>
        <source>No rule fired.</source>
        <translation>Żadna reguła nie zadziałała.</translation>
    </message>
    <message>
        <source>Sign in to edit BANT.</source>
        <translation>Zaloguj się, aby edytować BANT.</translation>
    </message>
    <message>
        <source>BANT saved; score %1.</source>
        <translation>BANT zapisano; ocena %1.</translation>
    </message>
</context>
<context>
    <name>lr::ui::ScoringRulesTab</name>
    <message>
        <source>%1 (off)</source>
        <translation>%1 (wył.)</translation>
    </message>
    <message>
        <source>Only administrators may change the scoring rules.</source>
        <translation>Tylko administratorzy mogą zmieniać reguły oceny.</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Reguła</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkty</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>Dodaj regułę</translation>
    </message>
    <message>
        <source>Delete rule</source>
        <translation>Usuń regułę</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Przenieś w górę</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Przenieś w dół</translation>
    </message>
    <message>
        <source>Class thresholds (lowest score of each class)</source>
        <translation>Progi klas (najniższa ocena w każdej klasie)</translation>
    </message>
    <message>
        <source>SQL from</source>
        <translation>SQL od</translation>
    </message>
    <message>
        <source>MQL from</source>
        <translation>MQL od</translation>
    </message>
    <message>
        <source>Nurture from</source>
        <translation>Pielęgnowanie od</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Włączona</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Axis</source>
        <translation>Oś</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>Lead ID or email</source>
        <translation>ID leada lub e-mail</translation>
    </message>
    <message>
        <source>Test against lead</source>
        <translation>Testuj na leadzie</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Teraz</translation>
    </message>
    <message>
        <source>With these rules</source>
        <translation>Z tymi regułami</translation>
    </message>
    <message>
        <source>Test against a lead</source>
        <translation>Test na wybranym leadzie</translation>
    </message>
    <message>
        <source>Preview impact</source>
        <translation>Podgląd wpływu</translation>
    </message>
    <message>
        <source>Now, in all</source>
        <translation>Teraz, łącznie</translation>
    </message>
    <message>
        <source>Rows: the class leads of the period have now. Columns: the class the edited rules would give them.</source>
        <translation>Wiersze: klasa, którą leady z tego okresu mają teraz. Kolumny: klasa, którą nadałyby im zmienione reguły.</translation>
    </message>
    <message>
        <source>Impact on the last 90 days</source>
        <translation>Wpływ na ostatnie 90 dni</translation>
    </message>
    <message>
        <source>Save scoring rules…</source>
        <translation>Zapisz reguły oceny…</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Pokaż</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Przywróć…</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Wersje</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>Nowa reguła</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) looked at.</source>
        <translation>
            <numerusform>Przeanalizowano %n lead.</numerusform>
            <numerusform>Przeanalizowano %n leady.</numerusform>
            <numerusform>Przeanalizowano %n leadów.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: now %2 (%3), with these rules %4 (%5).</source>
        <translation>%1: teraz %2 (%3), z tymi regułami %4 (%5).</translation>
    </message>
    <message>
        <source>Save scoring rules</source>
        <translation>Zapisz reguły oceny</translation>
    </message>
    <message>
        <source>Re-scoring stopped: %1</source>
        <translation>Ponowne ocenianie przerwane: %1</translation>
    </message>
    <message>
        <source>Version %1 · %2 · %3</source>
        <translation>Wersja %1 · %2 · %3</translation>
    </message>
    <message>
        <source>shipped defaults</source>
        <translation>ustawienia domyślne</translation>
    </message>
    <message>
        <source>(active)</source>
        <translation>(aktywna)</translation>
    </message>
    <message>
        <source>Version %1 could not be read.</source>
        <translation>Nie udało się odczytać wersji %1.</translation>
    </message>
    <message>
        <source>Showing version %1 in the editor. Save (or Restore) to make it the active rules again.</source>
        <translation>W edytorze wyświetlana jest wersja %1. Zapisz ją (lub przywróć), aby znów stała się aktywnym zestawem reguł.</translation>
    </message>
    <message>
        <source>Scoring rules saved as version %1; re-scoring the leads the change affects…</source>
        <translation>Reguły oceny zapisano jako wersję %1; ponownie oceniane są leady, których dotyczy zmiana…</translation>
    </message>
    <message numerus="yes">
        <source>Brought %n lead(s) to rules version %1; %2 changed.</source>
        <translation>
            <numerusform>%n lead dostosowano do wersji reguł %1; zmieniono: %2.</numerusform>
            <numerusform>%n leady dostosowano do wersji reguł %1; zmieniono: %2.</numerusform>
            <numerusform>%n leadów dostosowano do wersji reguł %1; zmieniono: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Finishing the re-score left unfinished by the last run…</source>
        <translation>Kończenie ponownej oceny przerwanej przy ostatnim uruchomieniu…</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) created %1 would change class.</source>
        <translation>
            <numerusform>%n lead utworzony %1 zmieniłby klasę.</numerusform>
            <numerusform>%n leady utworzone %1 zmieniłyby klasę.</numerusform>
            <numerusform>%n leadów utworzonych %1 zmieniłoby klasę.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) created %1 would change class (see the impact table). Save the rules as a new version and re-score the leads it affects?</source>
        <translation>
            <numerusform>%n lead utworzony %1 zmieniłby klasę (zob. tabelę wpływu). Zapisać reguły jako nową wersję i ponownie ocenić leady, których dotyczy zmiana?</numerusform>
            <numerusform>%n leady utworzone %1 zmieniłyby klasę (zob. tabelę wpływu). Zapisać reguły jako nową wersję i ponownie ocenić leady, których dotyczy zmiana?</numerusform>
            <numerusform>%n leadów utworzonych %1 zmieniłoby klasę (zob. tabelę wpływu). Zapisać reguły jako nową wersję i ponownie ocenić leady, których dotyczy zmiana?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lr::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <source>Webhook intake</source>
        <translation>Przyjmowanie przez webhook</translation>
    </message>
    <message>
        <source>While LeadRelay is open it can receive your website&apos;s form submissions (POST /v1/submissions with a JSON body). These settings are stored with the database.</source>
        <translation>Gdy LeadRelay jest otwarty, może odbierać zgłoszenia z formularzy twojej witryny (POST /v1/submissions z treścią JSON). Te ustawienia są przechowywane razem z bazą danych.</translation>
    </message>
    <message>
        <source>&amp;Receive web form submissions while the app is open</source>
        <translation>&amp;Odbieraj zgłoszenia z formularzy WWW, gdy aplikacja jest otwarta</translation>
    </message>
    <message>
        <source>127.0.0.1 accepts submissions from this computer only (for example a local proxy); 0.0.0.0 from every network.</source>
        <translation>127.0.0.1 przyjmuje zgłoszenia tylko z tego komputera (np. z lokalnego proxy); 0.0.0.0 ze wszystkich sieci.</translation>
    </message>
    <message>
        <source>Any free port</source>
        <translation>Dowolny wolny port</translation>
    </message>
    <message>
        <source>None (loopback only)</source>
        <translation>Brak (tylko loopback)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Pokaż</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Generuj</translation>
    </message>
    <message>
        <source>&amp;Bind address:</source>
        <translation>&amp;Adres nasłuchiwania:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Bearer token:</source>
        <translation>Token okaziciela:</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ukryj</translation>
    </message>
    <message>
        <source>&lt;port&gt;</source>
        <translation>&lt;port&gt;</translation>
    </message>
    <message>
        <source>Websites post to http://%1:%2/v1/submissions%3</source>
        <translation>Witryny wysyłają na http://%1:%2/v1/submissions%3</translation>
    </message>
    <message>
        <source> with the header Authorization: Bearer &lt;token&gt;</source>
        <translation> z nagłówkiem Authorization: Bearer &lt;token&gt;</translation>
    </message>
    <message>
        <source>Webhook intake is off.</source>
        <translation>Przyjmowanie przez webhook jest wyłączone.</translation>
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
    <name>lr::ui::SlaPoliciesTab</name>
    <message>
        <source>score ≥ %1</source>
        <translation>ocena ≥ %1</translation>
    </message>
    <message>
        <source>every lead</source>
        <translation>każdy lead</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Zasada</translation>
    </message>
    <message>
        <source>Lead types</source>
        <translation>Typy leadów</translation>
    </message>
    <message>
        <source>Target (minutes)</source>
        <translation>Cel (minuty)</translation>
    </message>
    <message>
        <source>Business hours</source>
        <translation>Godziny pracy</translation>
    </message>
    <message>
        <source>Ladder % (nudge/alert/reassign)</source>
        <translation>Progi % (przypomnienie/alert/przydzielenie)</translation>
    </message>
    <message>
        <source>Save SLA policies</source>
        <translation>Zapisz zasady SLA</translation>
    </message>
    <message>
        <source>SLA policies saved as version %1.</source>
        <translation>Zasady SLA zapisano jako wersję %1.</translation>
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
        <translation>Prawdopodobieństwo szansy w tym etapie</translation>
    </message>
    <message>
        <source>Deals in %1</source>
        <translation>Szanse w etapie %1</translation>
    </message>
    <message>
        <source>%1 · weighted %2</source>
        <translation>%1 · ważona %2</translation>
    </message>
    <message>
        <source>Sum of deal values · weighted by probability, in the home currency at the rates under Tools ▸ Currencies. Deals in currencies without a rate are added as they are (&quot;mixed&quot;).</source>
        <translation>Suma wartości transakcji · ważona prawdopodobieństwem, w walucie głównej po kursach z Narzędzia ▸ Waluty. Transakcje w walutach bez kursu są dodawane bez przeliczenia („mieszane”).</translation>
    </message>
</context>
<context>
    <name>lr::ui::StageEditorDialog</name>
    <message>
        <source>Open</source>
        <translation>Otwarty</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Wygrana</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Przegrana</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Nieprawidłowy</translation>
    </message>
    <message>
        <source>Pipeline Stages</source>
        <translation>Etapy lejka</translation>
    </message>
    <message>
        <source>New &amp;Pipeline…</source>
        <translation>&amp;Nowy lejek…</translation>
    </message>
    <message>
        <source>Pipe&amp;line:</source>
        <translation>&amp;Lejek:</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etap</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Prawdopodobieństwo</translation>
    </message>
    <message>
        <source>Rots after</source>
        <translation>Zastój po</translation>
    </message>
    <message>
        <source>Stale after</source>
        <translation>Przeterminowanie po</translation>
    </message>
    <message>
        <source>Stale probability</source>
        <translation>Prawdopodobieństwo po przeterminowaniu</translation>
    </message>
    <message>
        <source>Required to enter</source>
        <translation>Wymagane do wejścia</translation>
    </message>
    <message>
        <source>Entered on</source>
        <translation>Wejście przy</translation>
    </message>
    <message>
        <source>Required to enter: deal fields, comma separated (%1).</source>
        <translation>Wymagane do wejścia: pola szansy rozdzielone przecinkami (%1).</translation>
    </message>
    <message>
        <source>&amp;Add Stage</source>
        <translation>&amp;Dodaj etap</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Przesuń w &amp;górę</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Przesuń w dó&amp;ł</translation>
    </message>
    <message>
        <source>Restore &amp;Defaults</source>
        <translation>Przywróć do&amp;myślne</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Nowy etap</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dni</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Meeting booked</source>
        <translation>Umówiono spotkanie</translation>
    </message>
    <message>
        <source>Contract signed</source>
        <translation>Podpisanie umowy</translation>
    </message>
    <message>
        <source>Email bounced</source>
        <translation>E-mail odbity</translation>
    </message>
    <message>
        <source>New Pipeline</source>
        <translation>Nowy lejek</translation>
    </message>
    <message>
        <source>Name of the new pipeline:</source>
        <translation>Nazwa nowego lejka:</translation>
    </message>
</context>
<context>
    <name>lr::ui::TaskQueueModel</name>
    <message>
        <source>Overdue</source>
        <translation>Po terminie</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>Na teraz</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Później</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Zadanie</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termin</translation>
    </message>
</context>
<context>
    <name>lr::ui::TeamMemberDialog</name>
    <message>
        <source>SMB</source>
        <translation>MŚP</translation>
    </message>
    <message>
        <source>Mid-market</source>
        <translation>Średnie firmy</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Dowolny</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Edytuj: %1</translation>
    </message>
    <message>
        <source>No team</source>
        <translation>Brak zespołu</translation>
    </message>
    <message>
        <source>de, en</source>
        <translation>pl, en</translation>
    </message>
    <message>
        <source>DE, AT, CH</source>
        <translation>PL, CZ, SK</translation>
    </message>
    <message>
        <source> open leads</source>
        <translation> otwartych leadów</translation>
    </message>
    <message>
        <source>to</source>
        <translation>do</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Urlop</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Dodaj</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Active (takes new leads; unticking hands their open leads on)</source>
        <translation>Aktywny (przyjmuje nowe leady; odznaczenie przekazuje jego otwarte leady innym)</translation>
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
        <source>Languages</source>
        <translation>Języki</translation>
    </message>
    <message>
        <source>Territories</source>
        <translation>Terytoria</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Limit</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>Dni robocze</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Godziny pracy</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Strefa czasowa</translation>
    </message>
    <message>
        <source>Out of office</source>
        <translation>Nieobecność</translation>
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
        <translation>Nieobecność musi kończyć się w dniu rozpoczęcia lub później.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dzień</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Works on this day</source>
        <translation>Pracuje w tym dniu</translation>
    </message>
    <message>
        <source>23:59 means until midnight</source>
        <translation>23:59 oznacza do północy</translation>
    </message>
    <message>
        <source>Hours per day</source>
        <translation>Godziny według dni</translation>
    </message>
    <message>
        <source>Must end after it starts</source>
        <translation>Musi kończyć się po rozpoczęciu</translation>
    </message>
    <message>
        <source>The hours of this day must end after they start.</source>
        <translation>Godziny tego dnia muszą kończyć się po ich rozpoczęciu.</translation>
    </message>
    <message>
        <source>Some days end before they start: correct the marked hours.</source>
        <translation>Niektóre dni kończą się przed rozpoczęciem: popraw zaznaczone godziny.</translation>
    </message>
    <message>
        <source>Add a Person</source>
        <translation>Dodaj osobę</translation>
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
    <message>
        <source>Edit…</source>
        <translation>Edytuj…</translation>
    </message>
    <message numerus="yes">
        <source>%n open lead(s) handed on</source>
        <translation>
            <numerusform>przekazano %n otwarty lead</numerusform>
            <numerusform>przekazano %n otwarte leady</numerusform>
            <numerusform>przekazano %n otwartych leadów</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Person…</source>
        <translation>Dodaj osobę…</translation>
    </message>
    <message>
        <source>Add a rep, manager or admin who signs in with their e-mail address</source>
        <translation>Dodaj handlowca, menedżera lub administratora, który loguje się swoim adresem e-mail</translation>
    </message>
    <message>
        <source>Teams…</source>
        <translation>Zespoły…</translation>
    </message>
    <message>
        <source>Add a team, or rename one, change its countries or its manager</source>
        <translation>Dodaj zespół albo zmień nazwę, kraje lub menedżera istniejącego</translation>
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
    <name>lr::ui::TeamsDialog</name>
    <message>
        <source>Teams</source>
        <translation>Zespoły</translation>
    </message>
    <message>
        <source>DE, AT, CH</source>
        <translation>PL, CZ, SK</translation>
    </message>
    <message>
        <source>New Team</source>
        <translation>Nowy zespół</translation>
    </message>
    <message>
        <source>Save Team</source>
        <translation>Zapisz zespół</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Kraje</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Menedżer</translation>
    </message>
    <message>
        <source>No manager</source>
        <translation>Bez menedżera</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Add Team</source>
        <translation>Dodaj zespół</translation>
    </message>
    <message>
        <source>Leads reach a team through its territory rule under Rules ▸ Routing, which follows the team&apos;s countries. A new team needs a rule there.</source>
        <translation>Leady trafiają do zespołu przez jego regułę terytorium w Reguły ▸ Przydzielanie, która podąża za krajami zespołu. Nowy zespół potrzebuje tam reguły.</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (nieaktywny)</translation>
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
    <message>
        <source>SLA clock started</source>
        <translation>Uruchomiono zegar SLA</translation>
    </message>
    <message>
        <source>first touch due %1</source>
        <translation>pierwszy kontakt do %1</translation>
    </message>
    <message>
        <source>SLA half gone: owner nudged</source>
        <translation>Minęła połowa SLA: przypomnienie dla właściciela</translation>
    </message>
    <message>
        <source>SLA breached: manager alerted</source>
        <translation>Przekroczono SLA: powiadomiono menedżera</translation>
    </message>
    <message>
        <source>SLA incident: lead reassigned</source>
        <translation>Incydent SLA: lead przekazany innej osobie</translation>
    </message>
</context>
<context>
    <name>lr::ui::WhatIfDialog</name>
    <message>
        <source>What-if: edited routing rules</source>
        <translation>Symulacja: zmienione reguły przydzielania</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dni</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Osoba</translation>
    </message>
    <message>
        <source>Leads now</source>
        <translation>Leady teraz</translation>
    </message>
    <message>
        <source>Leads what-if</source>
        <translation>Leady w symulacji</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Zmiana</translation>
    </message>
    <message>
        <source>SLA clocks now</source>
        <translation>Zegary SLA teraz</translation>
    </message>
    <message>
        <source>SLA clocks what-if</source>
        <translation>Zegary SLA w symulacji</translation>
    </message>
    <message>
        <source>Hot now</source>
        <translation>Gorące teraz</translation>
    </message>
    <message>
        <source>Hot what-if</source>
        <translation>Gorące w symulacji</translation>
    </message>
    <message>
        <source>Replay the leads of the last</source>
        <translation>Odtwórz leady z ostatnich</translation>
    </message>
    <message numerus="yes">
        <source>%n would go to someone else with the edited rules.</source>
        <translation>
            <numerusform>%n trafiłby do kogoś innego przy zmienionych regułach.</numerusform>
            <numerusform>%n trafiłyby do kogoś innego przy zmienionych regułach.</numerusform>
            <numerusform>%n trafiłoby do kogoś innego przy zmienionych regułach.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) created %1; </source>
        <translation>
            <numerusform>%n lead utworzony %1; </numerusform>
            <numerusform>%n leady utworzone %1; </numerusform>
            <numerusform>%n leadów utworzonych %1; </numerusform>
        </translation>
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
    <message numerus="yes">
        <source>Processed %n submission(s) left from the last run.</source>
        <translation>
            <numerusform>Przetworzono %n zgłoszenie pozostałe z ostatniego uruchomienia.</numerusform>
            <numerusform>Przetworzono %n zgłoszenia pozostałe z ostatniego uruchomienia.</numerusform>
            <numerusform>Przetworzono %n zgłoszeń pozostałych z ostatniego uruchomienia.</numerusform>
        </translation>
    </message>
</context>
</TS>
