<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>lr::CsvDealImporter</name>
    <message numerus="yes">
        <source>%n won or lost deal(s) lacked what their stage asks for (such as a lost reason) and were imported as history; exit criteria apply to moves, not to imported history.</source>
        <translation>
            <numerusform>%n won or lost deal lacked what its stage asks for (such as a lost reason) and was imported as history; exit criteria apply to moves, not to imported history.</numerusform>
            <numerusform>%n won or lost deals lacked what their stage asks for (such as a lost reason) and were imported as history; exit criteria apply to moves, not to imported history.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open deal(s) lack what their stage asks for; the next move will ask for it.</source>
        <translation>
            <numerusform>%n open deal lacks what its stage asks for; the next move will ask for it.</numerusform>
            <numerusform>%n open deals lack what their stage asks for; the next move will ask for it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n company(ies) created.</source>
        <translation>
            <numerusform>%n company created.</numerusform>
            <numerusform>%n companies created.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n owner(s) created as inactive reps; an administrator activates them.</source>
        <translation>
            <numerusform>%n owner created as an inactive rep; an administrator activates them.</numerusform>
            <numerusform>%n owners created as inactive reps; an administrator activates them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lr::DayPhrases</name>
    <message numerus="yes">
        <source>within %n day(s)</source>
        <translation>
            <numerusform>within %n day</numerusform>
            <numerusform>within %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>for %n day(s)</source>
        <translation>
            <numerusform>for %n day</numerusform>
            <numerusform>for %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>for over %n day(s)</source>
        <translation>
            <numerusform>for over %n day</numerusform>
            <numerusform>for over %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>more than %n day(s)</source>
        <translation>
            <numerusform>more than %n day</numerusform>
            <numerusform>more than %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>last %n day(s)</source>
        <translation>
            <numerusform>last %n day</numerusform>
            <numerusform>last %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in the last %n day(s)</source>
        <translation>
            <numerusform>in the last %n day</numerusform>
            <numerusform>in the last %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lr::EnrichmentPass</name>
    <message numerus="yes">
        <source>Stopped after %n failed lookup(s) in a row; the last one: %1</source>
        <translation>
            <numerusform>Stopped after %n failed lookup in a row; the last one: %1</numerusform>
            <numerusform>Stopped after %n failed lookups in a row; the last one: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lr::HttpJsonProvider</name>
    <message numerus="yes">
        <source>%1 for %2 after %n attempt(s).</source>
        <translation>
            <numerusform>%1 for %2 after %n attempt.</numerusform>
            <numerusform>%1 for %2 after %n attempts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lr::LeadDispatcher</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lr::PipelineRepository</name>
    <message numerus="yes">
        <source>The stage %1 still holds %n deal(s); move them before removing it.</source>
        <translation>
            <numerusform>The stage %1 still holds %n deal; move it before removing the stage.</numerusform>
            <numerusform>The stage %1 still holds %n deals; move them before removing it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lr::cli::EnrichCommands</name>
    <message numerus="yes">
        <source>%n lookup(s) failed; the companies are tried again on a later run.</source>
        <translation>
            <numerusform>%n lookup failed; the company is tried again on a later run.</numerusform>
            <numerusform>%n lookups failed; the companies are tried again on a later run.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lr::cli::IntakeCommands</name>
    <message numerus="yes">
        <source>Processed %n submission(s) left from an earlier run.</source>
        <translation>
            <numerusform>Processed %n submission left from an earlier run.</numerusform>
            <numerusform>Processed %n submissions left from an earlier run.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lr::ui::DealCardDelegate</name>
    <message numerus="yes">
        <source>%n d in stage</source>
        <translation>
            <numerusform>%n d in stage</numerusform>
            <numerusform>%n d in stage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rotting · %n d idle</source>
        <translation>
            <numerusform>Rotting · %n d idle</numerusform>
            <numerusform>Rotting · %n d idle</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lr::ui::DealDetailPanel</name>
    <message numerus="yes">
        <source>%1, %n day(s) there</source>
        <translation>
            <numerusform>%1, %n day there</numerusform>
            <numerusform>%1, %n days there</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>rotting: %n day(s) without activity</source>
        <translation>
            <numerusform>rotting: %n day without activity</numerusform>
            <numerusform>rotting: %n days without activity</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lr::ui::DrillDownDialog</name>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lr::ui::DuplicatesPage</name>
    <message numerus="yes">
        <source>%n open candidate</source>
        <translation>
            <numerusform>%n open candidate</numerusform>
            <numerusform>%n open candidates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open candidates</source>
        <translation>
            <numerusform>%n open candidate</numerusform>
            <numerusform>%n open candidates</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lr::ui::ForecastStrip</name>
    <message numerus="yes">
        <source>%n deal(s) · %1</source>
        <translation>
            <numerusform>%n deal · %1</numerusform>
            <numerusform>%n deals · %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lr::ui::Format</name>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n min</source>
        <translation>
            <numerusform>in %n min</numerusform>
            <numerusform>in %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n h</source>
        <translation>
            <numerusform>in %n h</numerusform>
            <numerusform>in %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead</source>
        <translation>
            <numerusform>%Ln lead</numerusform>
            <numerusform>%Ln leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln leads</source>
        <translation>
            <numerusform>%Ln lead</numerusform>
            <numerusform>%Ln leads</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lr::ui::HygieneListsPanel</name>
    <message numerus="yes">
        <source>Removed %n entry(ies).</source>
        <translation>
            <numerusform>Removed %n entry.</numerusform>
            <numerusform>Removed %n entries.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lr::ui::ImportFilePage</name>
    <message numerus="yes">
        <source>the first %n row(s)</source>
        <translation>
            <numerusform>the first %n row</numerusform>
            <numerusform>the first %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>all %n row(s)</source>
        <translation>
            <numerusform>all %n row</numerusform>
            <numerusform>all %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>header on line %1: the %n row(s) above it are not imported</source>
        <translation>
            <numerusform>header on line %1: the %n row above it is not imported</numerusform>
            <numerusform>header on line %1: the %n rows above it are not imported</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lr::ui::ImportMappingPage</name>
    <message numerus="yes">
        <source>%n column(s) will be imported.</source>
        <translation>
            <numerusform>%n column will be imported.</numerusform>
            <numerusform>%n columns will be imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Email comes from %1. %n column(s) will be imported.</source>
        <translation>
            <numerusform>Email comes from %1. %n column will be imported.</numerusform>
            <numerusform>Email comes from %1. %n columns will be imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lr::ui::ImportSummaryPage</name>
    <message numerus="yes">
        <source>%n imported row(s) had something left out:</source>
        <translation>
            <numerusform>%n imported row had something left out:</numerusform>
            <numerusform>%n imported rows had something left out:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more, in the intake journal.</source>
        <translation>
            <numerusform>… and %n more, in the intake journal.</numerusform>
            <numerusform>… and %n more, in the intake journal.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n row(s) with their reasons to %1.</source>
        <translation>
            <numerusform>Saved %n row with its reason to %1.</numerusform>
            <numerusform>Saved %n rows with their reasons to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) above the header were not imported: %1</source>
        <translation>
            <numerusform>%n row above the header was not imported: %1</numerusform>
            <numerusform>%n rows above the header were not imported: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lr::ui::IntakePage</name>
    <message numerus="yes">
        <source>%n rejected submission(s) waiting for review</source>
        <translation>
            <numerusform>%n rejected submission waiting for review</numerusform>
            <numerusform>%n rejected submissions waiting for review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Discarded %n submission(s).</source>
        <translation>
            <numerusform>Discarded %n submission.</numerusform>
            <numerusform>Discarded %n submissions.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lr::ui::MyDayPage</name>
    <message numerus="yes">
        <source>Escalations today: %n SLA breach(es)</source>
        <translation>
            <numerusform>Escalations today: %n SLA breach</numerusform>
            <numerusform>Escalations today: %n SLA breaches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reassigned for breach</source>
        <translation>
            <numerusform>%n reassigned for breach</numerusform>
            <numerusform>%n reassigned for breach</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reassigned for SLA breach, %1: %2 (%n in all)</source>
        <translation>
            <numerusform>Reassigned for SLA breach, %1: %2 (%n in all)</numerusform>
            <numerusform>Reassigned for SLA breach, %1: %2 (%n in all)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lr::ui::NotificationCenter</name>
    <message numerus="yes">
        <source>Notifications (%n unread)</source>
        <translation>
            <numerusform>Notifications (%n unread)</numerusform>
            <numerusform>Notifications (%n unread)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lr::ui::PipelinePage</name>
    <message numerus="yes">
        <source>%n open deal(s) · drag a card to another stage, or select it and press %1 / %2</source>
        <translation>
            <numerusform>%n open deal · drag a card to another stage, or select it and press %1 / %2</numerusform>
            <numerusform>%n open deals · drag a card to another stage, or select it and press %1 / %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lr::ui::QuarantineEntryEditor</name>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n attempt</numerusform>
            <numerusform>%n attempts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lr::ui::RejectsByFormPanel</name>
    <message numerus="yes">
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>Last %n day</numerusform>
            <numerusform>Last %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lr::ui::ScoringRulesTab</name>
    <message numerus="yes">
        <source>%n lead(s) looked at.</source>
        <translation>
            <numerusform>%n lead looked at.</numerusform>
            <numerusform>%n leads looked at.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Brought %n lead(s) to rules version %1; %2 changed.</source>
        <translation>
            <numerusform>Brought %n lead to rules version %1; %2 changed.</numerusform>
            <numerusform>Brought %n leads to rules version %1; %2 changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) created %1 would change class.</source>
        <translation>
            <numerusform>%n lead created %1 would change class.</numerusform>
            <numerusform>%n leads created %1 would change class.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) created %1 would change class (see the impact table). Save the rules as a new version and re-score the leads it affects?</source>
        <translation>
            <numerusform>%n lead created %1 would change class (see the impact table). Save the rules as a new version and re-score the leads it affects?</numerusform>
            <numerusform>%n leads created %1 would change class (see the impact table). Save the rules as a new version and re-score the leads it affects?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lr::ui::TeamPage</name>
    <message numerus="yes">
        <source>%n open lead(s) handed on</source>
        <translation>
            <numerusform>%n open lead handed on</numerusform>
            <numerusform>%n open leads handed on</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person you can see</source>
        <translation>
            <numerusform>%n person you can see</numerusform>
            <numerusform>%n people you can see</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people you can see</source>
        <translation>
            <numerusform>%n person you can see</numerusform>
            <numerusform>%n people you can see</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lr::ui::WhatIfDialog</name>
    <message numerus="yes">
        <source>%n would go to someone else with the edited rules.</source>
        <translation>
            <numerusform>%n would go to someone else with the edited rules.</numerusform>
            <numerusform>%n would go to someone else with the edited rules.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) created %1; </source>
        <translation>
            <numerusform>%n lead created %1; </numerusform>
            <numerusform>%n leads created %1; </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message numerus="yes">
        <source>Processed %n submission(s) left from the last run.</source>
        <translation>
            <numerusform>Processed %n submission left from the last run.</numerusform>
            <numerusform>Processed %n submissions left from the last run.</numerusform>
        </translation>
    </message>
</context>
</TS>
