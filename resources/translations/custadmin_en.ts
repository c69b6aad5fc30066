<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AuditTrailDialog</name>
    <message numerus="yes">
        <source>The newest %Ln entries</source>
        <translation>
            <numerusform>The newest %Ln entry</numerusform>
            <numerusform>The newest %Ln entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln entry</numerusform>
            <numerusform>%Ln entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries exported</source>
        <translation>
            <numerusform>%Ln entry exported</numerusform>
            <numerusform>%Ln entries exported</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message numerus="yes">
        <source>%Ln changes</source>
        <translation>
            <numerusform>%Ln change</numerusform>
            <numerusform>%Ln changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>All %Ln rows are valid: {accounts} with {contacts}.</source>
        <translation>
            <numerusform>The %Ln row is valid: {accounts} with {contacts}.</numerusform>
            <numerusform>All %Ln rows are valid: {accounts} with {contacts}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows checked: {accounts} with {contacts} are valid; {refused} (below). Refused lines are not imported, and neither is the rest of their account.</source>
        <translation>
            <numerusform>%Ln row checked: {accounts} with {contacts} are valid; {refused} (below). Refused lines are not imported, and neither is the rest of their account.</numerusform>
            <numerusform>%Ln rows checked: {accounts} with {contacts} are valid; {refused} (below). Refused lines are not imported, and neither is the rest of their account.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln lines are refused</source>
        <translation>
            <numerusform>%Ln line is refused</numerusform>
            <numerusform>%Ln lines are refused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %Ln valid accounts</source>
        <translation>
            <numerusform>&amp;Import %Ln valid account</numerusform>
            <numerusform>&amp;Import %Ln valid accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %Ln accounts…</source>
        <translation>
            <numerusform>Importing %Ln account…</numerusform>
            <numerusform>Importing %Ln accounts…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln accounts were left out: someone stored them while you were checking.</source>
        <translation>
            <numerusform>%Ln account was left out: someone stored it while you were checking.</numerusform>
            <numerusform>%Ln accounts were left out: someone stored them while you were checking.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatrixPanel</name>
    <message numerus="yes">
        <source>%Ln rows shown</source>
        <translation>
            <numerusform>%Ln row shown</numerusform>
            <numerusform>%Ln rows shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln columns shown</source>
        <translation>
            <numerusform>%Ln column shown</numerusform>
            <numerusform>%Ln columns shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unsaved changes</source>
        <translation>
            <numerusform>%Ln unsaved change</numerusform>
            <numerusform>%Ln unsaved changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NetworkWindow</name>
    <message numerus="yes">
        <source>Every recipient in the network: %n</source>
        <translation>
            <numerusform>Every recipient in the network: %n</numerusform>
            <numerusform>Every recipient in the network: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recipients found.</source>
        <translation>
            <numerusform>%n recipient found.</numerusform>
            <numerusform>%n recipients found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plurals</name>
    <message numerus="yes">
        <source>%Ln accounts</source>
        <translation>
            <numerusform>%Ln account</numerusform>
            <numerusform>%Ln accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln accounts.</source>
        <translation>
            <numerusform>Imported %Ln account.</numerusform>
            <numerusform>Imported %Ln accounts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln accounts ({rows}, one per contact) to {file}.</source>
        <translation>
            <numerusform>Exported %Ln account ({rows}, one per contact) to {file}.</numerusform>
            <numerusform>Exported %Ln accounts ({rows}, one per contact) to {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln programs</source>
        <translation>
            <numerusform>%Ln program</numerusform>
            <numerusform>%Ln programs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Creating %Ln demo customer accounts…</source>
        <translation>
            <numerusform>Creating %Ln demo customer account…</numerusform>
            <numerusform>Creating %Ln demo customer accounts…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %Ln welcome emails {where}.</source>
        <translation>
            <numerusform>Sent %Ln welcome email {where}.</numerusform>
            <numerusform>Sent %Ln welcome emails {where}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortalAccessBox</name>
    <message numerus="yes">
        <source>Rights: %Ln ticked; see and change them on the Internet tab.</source>
        <translation>
            <numerusform>Rights: %Ln ticked; see and change it on the Internet tab.</numerusform>
            <numerusform>Rights: %Ln ticked; see and change them on the Internet tab.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegisterPanel</name>
    <message numerus="yes">
        <source>about %Ln accounts</source>
        <translation>
            <numerusform>about %Ln account</numerusform>
            <numerusform>about %Ln accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln accounts</source>
        <translation>
            <numerusform>%Ln account</numerusform>
            <numerusform>%Ln accounts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message numerus="yes">
        <source>Exported %n accounts to {file}.</source>
        <translation>
            <numerusform>Exported %n account to {file}.</numerusform>
            <numerusform>Exported %n accounts to {file}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserRightsModel</name>
    <message numerus="yes">
        <source>In force, ticked here and offered system-wide: %Ln rights.</source>
        <translation>
            <numerusform>In force, ticked here and offered system-wide: %Ln right.</numerusform>
            <numerusform>In force, ticked here and offered system-wide: %Ln rights.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In force, as the main contact holds every right: %Ln rights.</source>
        <translation>
            <numerusform>In force, as the main contact holds every right: %Ln right.</numerusform>
            <numerusform>In force, as the main contact holds every right: %Ln rights.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not ticked for this user: %Ln rights.</source>
        <translation>
            <numerusform>Not ticked for this user: %Ln right.</numerusform>
            <numerusform>Not ticked for this user: %Ln rights.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Switched off in the system-wide portal settings, whatever is ticked: %Ln rights.</source>
        <translation>
            <numerusform>Switched off in the system-wide portal settings, whatever is ticked: %Ln right.</numerusform>
            <numerusform>Switched off in the system-wide portal settings, whatever is ticked: %Ln rights.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not in force, as this contact has no portal access: %Ln rights.</source>
        <translation>
            <numerusform>Not in force, as this contact has no portal access: %Ln right.</numerusform>
            <numerusform>Not in force, as this contact has no portal access: %Ln rights.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WhyNoProgramsDialog</name>
    <message numerus="yes">
        <source>%Ln clients</source>
        <translation>
            <numerusform>%Ln client</numerusform>
            <numerusform>%Ln clients</numerusform>
        </translation>
    </message>
</context>
</TS>
