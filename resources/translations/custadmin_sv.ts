<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv">
<context>
    <name>AccessPage</name>
    <message>
        <source>Access and invoicing</source>
        <translation>Åtkomst och fakturering</translation>
    </message>
    <message>
        <source>The client waits in the activation list once created.</source>
        <translation>När klienten har skapats väntar den i aktiveringslistan.</translation>
    </message>
    <message>
        <source>The client gets its own &amp;access to the program</source>
        <translation>Klienten får egen &amp;åtkomst till programmet</translation>
    </message>
    <message>
        <source>Its main contact becomes the client&apos;s system administrator, who grants the bureau&apos;s consultants their programs</source>
        <translation>Huvudkontakten blir klientens systemadministratör, som tilldelar byråns konsulter deras program</translation>
    </message>
    <message>
        <source>Invoice the c&amp;lient</source>
        <translation>Fakturera &amp;klienten</translation>
    </message>
    <message>
        <source>Invoice the &amp;bureau</source>
        <translation>Fakturera &amp;byrån</translation>
    </message>
    <message>
        <source>Consultant &amp;responsible:</source>
        <translation>&amp;Ansvarig konsult:</translation>
    </message>
    <message>
        <source>Who is invoiced?</source>
        <translation>Vem faktureras?</translation>
    </message>
</context>
<context>
    <name>AccountCard</name>
    <message>
        <source>Account card</source>
        <translation>Kontokort</translation>
    </message>
    <message>
        <source>{name} — customer {number}</source>
        <translation>{name} — kundnummer {number}</translation>
    </message>
    <message>
        <source>Org. no. {number}</source>
        <translation>Org.nr {number}</translation>
    </message>
    <message>
        <source>Private customer</source>
        <translation>Privatkund</translation>
    </message>
    <message>
        <source>Main contact {name}</source>
        <translation>Huvudkontakt {name}</translation>
    </message>
    <message>
        <source>Portal users: {users}</source>
        <translation>Portalanvändare: {users}</translation>
    </message>
    <message>
        <source>No portal users</source>
        <translation>Inga portalanvändare</translation>
    </message>
    <message>
        <source>Peppol ID {id}</source>
        <translation>Peppol-ID {id}</translation>
    </message>
    <message>
        <source>no password yet</source>
        <translation>inget lösenord ännu</translation>
    </message>
    <message>
        <source>login disabled</source>
        <translation>inloggningen avstängd</translation>
    </message>
    <message>
        <source>can log in</source>
        <translation>kan logga in</translation>
    </message>
    <message>
        <source>{name} ({state})</source>
        <translation>{name} ({state})</translation>
    </message>
</context>
<context>
    <name>AccountCommands</name>
    <message>
        <source>Deleted {name}.</source>
        <extracomment>Qt&apos;s translate under the name pyside6-lupdate looks for.</extracomment>
        <translation>{name} har tagits bort.</translation>
    </message>
</context>
<context>
    <name>AccountEditor</name>
    <message>
        <source>Opening the account…</source>
        <extracomment>QSettings key: whether the Who gets what panel is shown. An account was saved (AccountDetails): the register refreshes its row. The open account changed (AccountDetails, or None when closed). The operator asked for the login check of a portal user name (Internet tab). A page&apos;s unsaved state changed (bool: that page is dirty). The contact to show once the account being loaded is there. The open account&apos;s e-invoice recipients and the network, by account ID.</extracomment>
        <translation>Öppnar kontot…</translation>
    </message>
    <message>
        <source>My details</source>
        <translation>Mina uppgifter</translation>
    </message>
    <message>
        <source>Manage contacts</source>
        <translation>Hantera kontakter</translation>
    </message>
    <message>
        <source>Internet</source>
        <translation>Internet</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <source>Licences &amp;&amp; users</source>
        <translation>Licenser och användare</translation>
    </message>
    <message>
        <source>{tab} ({key})</source>
        <translation>{tab} ({key})</translation>
    </message>
    <message>
        <source>Who gets what (follows unsaved edits)</source>
        <translation>Vem får vad (följer osparade ändringar)</translation>
    </message>
    <message>
        <source>Show or hide who gets which email and the invoice</source>
        <translation>Visa eller dölj vem som får vilken e-post och fakturan</translation>
    </message>
    <message>
        <source>This account</source>
        <translation>Det här kontot</translation>
    </message>
    <message>
        <source>Cannot open the account</source>
        <translation>Kontot kan inte öppnas</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Inte borttaget</translation>
    </message>
    <message>
        <source>No account is open.

Find one in the register (Ctrl+F, then Enter) or create a new customer account (Ctrl+N).</source>
        <translation>Inget konto är öppet.

Sök upp ett i kundregistret (Ctrl+F, sedan Enter) eller skapa ett nytt kundkonto (Ctrl+N).</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;File</source>
        <extracomment>Translation context of the texts below.</extracomment>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>Ver&amp;ktyg</translation>
    </message>
    <message>
        <source>Re&amp;ports</source>
        <translation>Uppf&amp;öljning</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;New customer account…</source>
        <extracomment>The menu text (translated through :data:`CONTEXT`), with its mnemonic. ``&quot;module:attribute&quot;``; the attribute may be a dotted path (a class method). What the operator&apos;s role must allow (None: anyone). Works on the open account. Works only while the open account has unsaved edits. Needs the database layer (False: usable while it is still opening). The shortcut works only while the account editor has focus (Esc keeps its usual meaning elsewhere: closing a popup, clearing a selection).</extracomment>
        <translation>&amp;Nytt kundkonto…</translation>
    </message>
    <message>
        <source>New &amp;partnership…</source>
        <translation>Nytt &amp;samarbete…</translation>
    </message>
    <message>
        <source>The open account, a partner, creates a customer&apos;s account with licences</source>
        <translation>Det öppna kontot, en partner, skapar ett kundkonto med licenser</translation>
    </message>
    <message>
        <source>&amp;Import customers…</source>
        <translation>&amp;Importera kunder…</translation>
    </message>
    <message>
        <source>&amp;Export register…</source>
        <translation>E&amp;xportera kundregister…</translation>
    </message>
    <message>
        <source>Export &amp;search result…</source>
        <translation>Exportera sökres&amp;ultat…</translation>
    </message>
    <message>
        <source>Export with &amp;full identity numbers…</source>
        <translation>Exportera med &amp;fullständiga personnummer…</translation>
    </message>
    <message>
        <source>What the register shows, with sole traders&apos; personal identity numbers in full; recorded in the audit trail</source>
        <translation>Det som kundregistret visar, med enskilda firmors personnummer i sin helhet; registreras i ändringsloggen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>&amp;Revert unsaved changes</source>
        <translation>Ån&amp;gra osparade ändringar</translation>
    </message>
    <message>
        <source>&amp;Delete customer account…</source>
        <translation>Ta &amp;bort kundkonto…</translation>
    </message>
    <message>
        <source>&amp;Find customer</source>
        <translation>&amp;Sök kund</translation>
    </message>
    <message>
        <source>&amp;Login check…</source>
        <translation>Kontrollera in&amp;loggning…</translation>
    </message>
    <message>
        <source>What the customer portal answers for a user name and password</source>
        <translation>Vad kundportalen svarar för ett användarnamn och lösenord</translation>
    </message>
    <message>
        <source>&amp;E-invoice network…</source>
        <translation>E-faktura&amp;nätverket…</translation>
    </message>
    <message>
        <source>Search the e-invoice network; register, confirm and move recipients</source>
        <translation>Sök i e-fakturanätverket; registrera, bekräfta och flytta mottagare</translation>
    </message>
    <message>
        <source>E-invoice ope&amp;rators…</source>
        <translation>E-fakturaope&amp;ratörer…</translation>
    </message>
    <message>
        <source>E-invoice operators, our service tiers, and which tier is ours</source>
        <translation>E-fakturaoperatörer, våra tjänstenivåer och vilken nivå som är vår</translation>
    </message>
    <message>
        <source>Accounting &amp;bureau…</source>
        <translation>Redovisnings&amp;byrå…</translation>
    </message>
    <message>
        <source>The open account as an accounting bureau: its users&apos; roles, clients, client access, effective access and activation list</source>
        <translation>Det öppna kontot som redovisningsbyrå: användarnas roller, klienter, klientåtkomst, faktisk åtkomst och aktiveringslista</translation>
    </message>
    <message>
        <source>Program permissio&amp;ns…</source>
        <translation>Programbe&amp;hörigheter…</translation>
    </message>
    <message>
        <source>Who sees which programs at the open account, granted by its system administrator; who may sign for it</source>
        <translation>Vem som ser vilka program hos det öppna kontot, tilldelade av dess systemadministratör; vem som får signera för det</translation>
    </message>
    <message>
        <source>&amp;Why no programs?…</source>
        <translation>&amp;Varför inga program?…</translation>
    </message>
    <message>
        <source>What a consultant sees at a client of their bureau, or why they see none</source>
        <translation>Vad en konsult ser hos en klient till sin byrå, eller varför hen inte ser något</translation>
    </message>
    <message>
        <source>Program &amp;catalogue…</source>
        <translation>Program&amp;katalog…</translation>
    </message>
    <message>
        <source>The programs a client&apos;s system administrator grants</source>
        <translation>De program som en klients systemadministratör tilldelar</translation>
    </message>
    <message>
        <source>Partner agreemen&amp;t…</source>
        <translation>P&amp;artneravtal…</translation>
    </message>
    <message>
        <source>Whether the open account is a reseller, and since when it has a reseller agreement</source>
        <translation>Om det öppna kontot är återförsäljare, och sedan när det har ett återförsäljaravtal</translation>
    </message>
    <message>
        <source>Product &amp;versions and prices…</source>
        <translation>Pro&amp;duktversioner och priser…</translation>
    </message>
    <message>
        <source>The versions and add-ons partnerships choose from, with licence and reseller prices</source>
        <translation>Versionerna och tilläggstjänsterna som samarbeten väljer bland, med licens- och återförsäljarpriser</translation>
    </message>
    <message>
        <source>Outgoing &amp;mail…</source>
        <translation>&amp;Utgående e-post…</translation>
    </message>
    <message>
        <source>The SMTP server welcome emails go through; without one they go to the outbox folder</source>
        <translation>E-postservern (SMTP) som välkomstmejl skickas via; utan en sådan hamnar de i utkorgsmappen</translation>
    </message>
    <message>
        <source>Outbo&amp;x…</source>
        <translation>U&amp;tkorg…</translation>
    </message>
    <message>
        <source>Welcome emails written as files while no mail server is set</source>
        <translation>Välkomstmejl som sparas som filer så länge ingen e-postserver är inställd</translation>
    </message>
    <message>
        <source>System-wide &amp;portal settings…</source>
        <translation>&amp;Portalinställningar för hela systemet…</translation>
    </message>
    <message>
        <source>Which rights the customer portal offers, and which new portal users get</source>
        <translation>Vilka behörigheter kundportalen erbjuder och vilka nya portalanvändare får</translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation>Ändringsl&amp;ogg…</translation>
    </message>
    <message>
        <source>Every change, by whom and for whom</source>
        <translation>Varje ändring, av vem och för vem</translation>
    </message>
    <message>
        <source>&amp;Operators…</source>
        <translation>Handläggar&amp;e…</translation>
    </message>
    <message>
        <source>Who may use custadmin, with which role</source>
        <translation>Vem som får använda custadmin och med vilken roll</translation>
    </message>
    <message>
        <source>Lan&amp;guage…</source>
        <translation>&amp;Språk…</translation>
    </message>
    <message>
        <source>The language custadmin speaks to you</source>
        <translation>Språket som custadmin använder</translation>
    </message>
    <message>
        <source>&amp;Invoices that cannot go as e-invoices…</source>
        <translation>&amp;Fakturor som inte kan gå som e-faktura…</translation>
    </message>
    <message>
        <source>Accounts expecting e-invoices whose invoices go otherwise, why and since when; CSV and XLSX</source>
        <translation>Konton som väntar sig e-faktura men får fakturan på annat sätt, varför och sedan när; CSV och XLSX</translation>
    </message>
    <message>
        <source>&amp;Collective invoice basis…</source>
        <translation>&amp;Underlag för samlingsfaktura…</translation>
    </message>
    <message>
        <source>The open partner&apos;s customers on its monthly collective invoice: licences by day, add-ons, reseller prices; CSV and PDF</source>
        <translation>Den öppna partnerns kunder på dess månatliga samlingsfaktura: licenser per dag, tilläggstjänster, återförsäljarpriser; CSV och PDF</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Kortko&amp;mmandon</translation>
    </message>
    <message>
        <source>&amp;About custadmin</source>
        <translation>Om &amp;custadmin</translation>
    </message>
    <message>
        <source>Show My details</source>
        <extracomment>The account editor&apos;s tabs: Ctrl+1…4 in the tabs&apos; order, then stepping.</extracomment>
        <translation>Visa Mina uppgifter</translation>
    </message>
    <message>
        <source>Show Manage contacts</source>
        <translation>Visa Hantera kontakter</translation>
    </message>
    <message>
        <source>Show Internet</source>
        <translation>Visa Internet</translation>
    </message>
    <message>
        <source>Show History</source>
        <translation>Visa Historik</translation>
    </message>
    <message>
        <source>Show Licences &amp; users</source>
        <translation>Visa Licenser och användare</translation>
    </message>
    <message>
        <source>Next tab</source>
        <translation>Nästa flik</translation>
    </message>
    <message>
        <source>Previous tab</source>
        <translation>Föregående flik</translation>
    </message>
    <message>
        <source>Next pane: search, register, account</source>
        <extracomment>The window&apos;s panes: the search box, the register, the account editor.</extracomment>
        <translation>Nästa ruta: sökning, kundregister, konto</translation>
    </message>
    <message>
        <source>Previous pane</source>
        <translation>Föregående ruta</translation>
    </message>
    <message>
        <source>In the search box: open the first account found</source>
        <extracomment>Keys that work everywhere without a menu entry.</extracomment>
        <translation>I sökrutan: öppna det första kontot som hittas</translation>
    </message>
    <message>
        <source>With the underlined letter: that field or button</source>
        <translation>Med den understrukna bokstaven: det fältet eller den knappen</translation>
    </message>
</context>
<context>
    <name>AddClientWizard</name>
    <message>
        <source>Add a client to {name}</source>
        <extracomment>The row the service returned; Finish closes the wizard once it is here.</extracomment>
        <translation>Lägg till en klient för {name}</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Nästa &gt;</translation>
    </message>
    <message>
        <source>&lt; Bac&amp;k</source>
        <translation>&lt; &amp;Tillbaka</translation>
    </message>
    <message>
        <source>Fini&amp;sh</source>
        <translation>&amp;Slutför</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Sparar…</translation>
    </message>
    <message>
        <source>Go back: some of the client&apos;s details are not accepted (marked in red).</source>
        <translation>Gå tillbaka: några av klientens uppgifter godtas inte (markerade med rött).</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>Partner agreement of {name}</source>
        <translation>Partneravtal för {name}</translation>
    </message>
    <message>
        <source>&amp;Reseller partner: creates customers through partnerships</source>
        <translation>&amp;Återförsäljarpartner: skapar kunder via samarbeten</translation>
    </message>
    <message>
        <source>Has a reseller &amp;agreement</source>
        <translation>Har ett återförsäljar&amp;avtal</translation>
    </message>
    <message>
        <source>Signed o&amp;n:</source>
        <translation>&amp;Tecknat den:</translation>
    </message>
    <message>
        <source>Only a partner with a reseller agreement may take its customers&apos; licences on its monthly collective invoice, at reseller prices.</source>
        <translation>Bara en partner med återförsäljaravtal får ta sina kunders licenser på sin månatliga samlingsfaktura, till återförsäljarpriser.</translation>
    </message>
    <message>
        <source>{name} is an accounting bureau: a partner already.</source>
        <translation>{name} är en redovisningsbyrå och därmed redan partner.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Sparar…</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Cannot open the database</source>
        <extracomment>The operator cancelled signing in. Unattended sign-in on a shared database (scripts, benchmarks): the operator&apos;s name and password from the environment; a wrong one stops the start with the sign-in&apos;s own refusal, no dialog is shown.</extracomment>
        <translation>Databasen kan inte öppnas</translation>
    </message>
</context>
<context>
    <name>AuditTrailDialog</name>
    <message>
        <source>Audit trail</source>
        <translation>Ändringslogg</translation>
    </message>
    <message>
        <source>Find: operator, caller, what was changed, or a value</source>
        <translation>Sök: handläggare, uppringare, vad som ändrades eller ett värde</translation>
    </message>
    <message>
        <source>&amp;Export to CSV…</source>
        <translation>&amp;Exportera till CSV…</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Söker…</translation>
    </message>
    <message>
        <source>No entries</source>
        <translation>Inga poster</translation>
    </message>
    <message numerus="yes">
        <source>The newest %Ln entries</source>
        <translation>
            <numerusform>Den senaste %Ln posten</numerusform>
            <numerusform>De senaste %Ln posterna</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln post</numerusform>
            <numerusform>%Ln poster</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Exportera ändringsloggen</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries exported</source>
        <translation>
            <numerusform>%Ln post exporterad</numerusform>
            <numerusform>%Ln poster exporterade</numerusform>
        </translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Inte exporterat</translation>
    </message>
</context>
<context>
    <name>BureauTexts</name>
    <message>
        <source>System administrator</source>
        <extracomment>Qt&apos;s translate under the name pyside6-lupdate looks for.</extracomment>
        <translation>Systemadministratör</translation>
    </message>
    <message>
        <source>Program administrator of the client manager</source>
        <translation>Programadministratör för klienthanteraren</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Konsult</translation>
    </message>
    <message>
        <source>Authorised signatory</source>
        <translation>Firmatecknare</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Sent, awaiting signature</source>
        <translation>Skickad, väntar på signering</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signerad</translation>
    </message>
    <message>
        <source>Awaiting activation</source>
        <translation>Väntar på aktivering</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Avböjd</translation>
    </message>
    <message>
        <source>Expired (not signed in 30 days)</source>
        <translation>Utgången (inte signerad inom 30 dagar)</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Bortkopplad</translation>
    </message>
    <message>
        <source>Created by the bureau</source>
        <translation>Skapad av byrån</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Sammankopplad</translation>
    </message>
    <message>
        <source>The bureau</source>
        <translation>Byrån</translation>
    </message>
    <message>
        <source>The client</source>
        <translation>Klienten</translation>
    </message>
    <message>
        <source>Login disabled</source>
        <translation>Inloggning avstängd</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Inte signerad</translation>
    </message>
    <message>
        <source>Not activated</source>
        <translation>Inte aktiverad</translation>
    </message>
    <message>
        <source>No access</source>
        <translation>Ingen åtkomst</translation>
    </message>
    <message>
        <source>No programs</source>
        <translation>Inga program</translation>
    </message>
</context>
<context>
    <name>BureauWindow</name>
    <message>
        <source>login disabled</source>
        <translation>inloggning avstängd</translation>
    </message>
    <message>
        <source>Accounting bureau</source>
        <extracomment>The operator asked to open an account (its ID) in the main window. The client to select once the list is read again (one just added or changed). This window is telling the others of its own save (it need not re-read).</extracomment>
        <translation>Redovisningsbyrå</translation>
    </message>
    <message>
        <source>This account is an accounting &amp;bureau</source>
        <translation>Det här kontot är en redovisnings&amp;byrå</translation>
    </message>
    <message>
        <source>Its users (contacts with a portal login) get bureau roles, and it manages client accounts</source>
        <translation>Dess användare (kontakter med portalinloggning) får byråroller, och kontot hanterar klientkonton</translation>
    </message>
    <message>
        <source>&amp;Users and roles</source>
        <translation>&amp;Användare och roller</translation>
    </message>
    <message>
        <source>&amp;Clients</source>
        <translation>&amp;Klienter</translation>
    </message>
    <message>
        <source>Client &amp;access</source>
        <translation>Klient&amp;åtkomst</translation>
    </message>
    <message>
        <source>&amp;Effective access</source>
        <translation>&amp;Faktisk åtkomst</translation>
    </message>
    <message>
        <source>Activation &amp;list</source>
        <translation>Aktiverings&amp;lista</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Användare</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roller</translation>
    </message>
    <message>
        <source>Bureau roles</source>
        <translation>Byråroller</translation>
    </message>
    <message>
        <source>Searc&amp;h:</source>
        <translation>S&amp;ök:</translation>
    </message>
    <message>
        <source>name or email</source>
        <translation>namn eller e-post</translation>
    </message>
    <message>
        <source>Customer no.</source>
        <translation>Kundnr</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Organisation number</source>
        <translation>Organisationsnummer</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Sedan</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Hur</translation>
    </message>
    <message>
        <source>Consultant responsible</source>
        <translation>Ansvarig konsult</translation>
    </message>
    <message>
        <source>Signer / invoiced</source>
        <translation>Undertecknare / faktureras</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Klienter</translation>
    </message>
    <message>
        <source>name, organisation number or state</source>
        <translation>namn, organisationsnummer eller status</translation>
    </message>
    <message>
        <source>Show ended connections</source>
        <translation>Visa avslutade sammankopplingar</translation>
    </message>
    <message>
        <source>Add clie&amp;nt…</source>
        <translation>Lägg till kli&amp;ent…</translation>
    </message>
    <message>
        <source>Connection &amp;form…</source>
        <translation>Sa&amp;mmankopplingsblankett…</translation>
    </message>
    <message>
        <source>Sen&amp;d</source>
        <translation>&amp;Skicka</translation>
    </message>
    <message>
        <source>Record si&amp;gnature…</source>
        <translation>&amp;Registrera signering…</translation>
    </message>
    <message>
        <source>Decl&amp;ine…</source>
        <translation>A&amp;vböj…</translation>
    </message>
    <message>
        <source>Disc&amp;onnect…</source>
        <translation>K&amp;oppla bort…</translation>
    </message>
    <message>
        <source>&amp;Program permissions…</source>
        <translation>&amp;Programbehörigheter…</translation>
    </message>
    <message>
        <source>Open accoun&amp;t</source>
        <translation>Öppna ko&amp;nto</translation>
    </message>
    <message>
        <source>Create a new client account, or connect an existing one with a signed form</source>
        <translation>Skapa ett nytt klientkonto, eller koppla samman ett befintligt med en signerad blankett</translation>
    </message>
    <message>
        <source>Save the connection form as a PDF to be signed</source>
        <translation>Spara sammankopplingsblanketten som PDF för signering</translation>
    </message>
    <message>
        <source>The form has gone to the client: it must be signed within 30 days</source>
        <translation>Blanketten har skickats till klienten: den måste signeras inom 30 dagar</translation>
    </message>
    <message>
        <source>The signed form came back: who signed it, and the file</source>
        <translation>Den signerade blanketten har kommit tillbaka: vem som signerade den, och filen</translation>
    </message>
    <message>
        <source>No clients yet. Add one: create a new client account, or connect an existing one with a connection form its system administrator or authorised signatory signs.</source>
        <translation>Inga klienter än. Lägg till en: skapa ett nytt klientkonto, eller koppla samman ett befintligt med en sammankopplingsblankett som dess systemadministratör eller en firmatecknare signerar.</translation>
    </message>
    <message>
        <source>With access</source>
        <translation>Med åtkomst</translation>
    </message>
    <message>
        <source>Client access</source>
        <translation>Klientåtkomst</translation>
    </message>
    <message>
        <source>Searc&amp;h clients:</source>
        <translation>S&amp;ök klienter:</translation>
    </message>
    <message>
        <source>name or organisation number</source>
        <translation>namn eller organisationsnummer</translation>
    </message>
    <message>
        <source>Consul&amp;tants:</source>
        <translation>Konsul&amp;ter:</translation>
    </message>
    <message>
        <source>See programs</source>
        <translation>Ser program</translation>
    </message>
    <message>
        <source>Effective access</source>
        <translation>Faktisk åtkomst</translation>
    </message>
    <message>
        <source>&amp;Why no programs?…</source>
        <translation>&amp;Varför inga program?…</translation>
    </message>
    <message>
        <source>Ask for one consultant at one client: the programs they see, or why none</source>
        <translation>Fråga för en konsult hos en klient: vilka program konsulten ser, eller varför inga</translation>
    </message>
    <message>
        <source>Each cell: what the consultant sees at the client. Rest the pointer on a cell for the reason.</source>
        <translation>Varje cell: vad konsulten ser hos klienten. Håll pekaren över en cell för att se orsaken.</translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation>Väntar sedan</translation>
    </message>
    <message>
        <source>Activation list</source>
        <translation>Aktiveringslista</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Begärd av</translation>
    </message>
    <message>
        <source>Requested b&amp;y:</source>
        <translation>Begär&amp;d av:</translation>
    </message>
    <message>
        <source>Acti&amp;vate</source>
        <translation>Akti&amp;vera</translation>
    </message>
    <message>
        <source>Activate the chosen client at the request of the bureau user named: the bureau&apos;s system administrator or a program administrator of the client manager</source>
        <translation>Aktivera den valda klienten på begäran av den namngivna byråanvändaren: byråns systemadministratör eller en programadministratör för klienthanteraren</translation>
    </message>
    <message>
        <source>No client waits for activation. New clients and signed connections wait here until the bureau&apos;s system administrator or a program administrator of the client manager asks for their activation.</source>
        <translation>Ingen klient väntar på aktivering. Nya klienter och signerade sammankopplingar väntar här tills byråns systemadministratör eller en programadministratör för klienthanteraren begär att de aktiveras.</translation>
    </message>
    <message>
        <source>Only the bureau&apos;s system administrator or a program administrator of the client manager may activate clients.</source>
        <translation>Bara byråns systemadministratör eller en programadministratör för klienthanteraren får aktivera klienter.</translation>
    </message>
    <message>
        <source>Accounting bureau: {name}</source>
        <translation>Redovisningsbyrå: {name}</translation>
    </message>
    <message>
        <source>This account is not marked as an accounting bureau: tick the box above to manage clients for it.</source>
        <translation>Det här kontot är inte markerat som redovisningsbyrå: kryssa i rutan ovan för att hantera klienter åt det.</translation>
    </message>
    <message>
        <source>Mark the account as an accounting bureau first</source>
        <translation>Markera först kontot som redovisningsbyrå</translation>
    </message>
    <message>
        <source>The bureau has no users yet: give its contacts a portal login on the Internet tab, then their roles here.</source>
        <translation>Byrån har inga användare än: ge dess kontakter en portalinloggning på fliken Internet och sedan deras roller här.</translation>
    </message>
    <message>
        <source>The bureau has no consultants: give users the Consultant role on the Users and roles tab.</source>
        <translation>Byrån har inga konsulter: ge användare rollen Konsult på fliken Användare och roller.</translation>
    </message>
    <message>
        <source>Added by {who} on {when}.</source>
        <translation>Tillagd {when} av {who}.</translation>
    </message>
    <message>
        <source>Own access to the program: {own}. Invoiced: {whom}.</source>
        <translation>Egen åtkomst till programmet: {own}. Faktureras: {whom}.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>Form sent {when}.</source>
        <translation>Blanketten skickades {when}.</translation>
    </message>
    <message>
        <source>Signed by {who} on {when}; file SHA-256 {sha}.</source>
        <translation>Signerad {when} av {who}; filens SHA-256 {sha}.</translation>
    </message>
    <message>
        <source>Activated {when} at the request of {who}.</source>
        <translation>Aktiverad {when} på begäran av {who}.</translation>
    </message>
    <message>
        <source>Declined: {reason}</source>
        <translation>Avböjd: {reason}</translation>
    </message>
    <message>
        <source>{name} added: {state}.</source>
        <translation>{name} har lagts till: {state}.</translation>
    </message>
    <message>
        <source>Save the connection form</source>
        <translation>Spara sammankopplingsblanketten</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Connection form saved to {path}.</source>
        <translation>Sammankopplingsblanketten sparades i {path}.</translation>
    </message>
    <message>
        <source>The form could not be saved: {why}</source>
        <translation>Blanketten kunde inte sparas: {why}</translation>
    </message>
    <message>
        <source>{name}: {state}.</source>
        <translation>{name}: {state}.</translation>
    </message>
    <message>
        <source>Decline the connection</source>
        <translation>Avböj sammankopplingen</translation>
    </message>
    <message>
        <source>Why does {name} decline? The reason is kept with the request.</source>
        <translation>Varför avböjer {name}? Orsaken sparas med begäran.</translation>
    </message>
    <message>
        <source>Disconnect the client</source>
        <translation>Koppla bort klienten</translation>
    </message>
    <message>
        <source>Disconnect {name} from the bureau? Its consultants lose their access to it. Type the client&apos;s name to confirm.</source>
        <translation>Koppla bort {name} från byrån? Byråns konsulter förlorar sin åtkomst till klienten. Skriv klientens namn för att bekräfta.</translation>
    </message>
    <message>
        <source>{name} is active.</source>
        <translation>{name} är aktiv.</translation>
    </message>
</context>
<context>
    <name>CallerBar</name>
    <message>
        <source>&amp;Note caller…</source>
        <extracomment>The caller changed (Caller, or None when cleared).</extracomment>
        <translation>Ant&amp;eckna vem som ringer…</translation>
    </message>
    <message>
        <source>Who you are working for, and how you verified them: stored with every change you save for this account</source>
        <translation>Vem du arbetar åt och hur du verifierade personen: sparas med varje ändring du sparar för det här kontot</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Rensa</translation>
    </message>
    <message>
        <source>No caller noted</source>
        <translation>Ingen uppringare antecknad</translation>
    </message>
    <message>
        <source>Working for {name}, verified by {how}</source>
        <translation>Arbetar åt {name}, verifierad med {how}</translation>
    </message>
    <message>
        <source>Working for {name} (not verified)</source>
        <translation>Arbetar åt {name} (inte verifierad)</translation>
    </message>
</context>
<context>
    <name>CallerDialog</name>
    <message>
        <source>Working for a caller</source>
        <translation>Arbeta åt en uppringare</translation>
    </message>
    <message>
        <source>the person on the phone</source>
        <translation>personen i telefon</translation>
    </message>
    <message>
        <source>customer number and email address</source>
        <translation>kundnummer och e-postadress</translation>
    </message>
    <message>
        <source>customer number and phone number</source>
        <translation>kundnummer och telefonnummer</translation>
    </message>
    <message>
        <source>signed in to the customer portal</source>
        <translation>inloggad i kundportalen</translation>
    </message>
    <message>
        <source>call back to the number on file</source>
        <translation>återuppringning till registrerat nummer</translation>
    </message>
    <message>
        <source>Caller&apos;s &amp;name:</source>
        <translation>&amp;Namn på den som ringer:</translation>
    </message>
    <message>
        <source>&amp;Verified by:</source>
        <translation>&amp;Verifierad med:</translation>
    </message>
    <message>
        <source>Type the caller&apos;s name.</source>
        <translation>Skriv namnet på den som ringer.</translation>
    </message>
</context>
<context>
    <name>CatalogueDialog</name>
    <message>
        <source>E-invoice operators and service tiers</source>
        <translation>E-fakturaoperatörer och tjänstenivåer</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>Operatörer</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Access point&apos;s Peppol ID</source>
        <translation>Accesspunktens Peppol-ID</translation>
    </message>
    <message>
        <source>&amp;Add operator…</source>
        <translation>&amp;Lägg till operatör…</translation>
    </message>
    <message>
        <source>&amp;Edit operator…</source>
        <translation>Ä&amp;ndra operatör…</translation>
    </message>
    <message>
        <source>Our service tiers, lowest first</source>
        <translation>Våra tjänstenivåer, lägsta först</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordning</translation>
    </message>
    <message>
        <source>Reaches other operators</source>
        <translation>Når andra operatörer</translation>
    </message>
    <message>
        <source>Service tiers</source>
        <translation>Tjänstenivåer</translation>
    </message>
    <message>
        <source>Add &amp;tier…</source>
        <translation>Lägg till ni&amp;vå…</translation>
    </message>
    <message>
        <source>Ed&amp;it tier…</source>
        <translation>Än&amp;dra nivå…</translation>
    </message>
    <message>
        <source>Ours (system-wide)</source>
        <translation>Våra (för hela systemet)</translation>
    </message>
    <message>
        <source>&amp;Save ours</source>
        <translation>&amp;Spara våra</translation>
    </message>
    <message>
        <source>Our &amp;operator:</source>
        <translation>Vår &amp;operatör:</translation>
    </message>
    <message>
        <source>Our tie&amp;r:</source>
        <translation>Vår &amp;tjänstenivå:</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>Edit the operator</source>
        <translation>Ändra operatören</translation>
    </message>
    <message>
        <source>Add an operator</source>
        <translation>Lägg till en operatör</translation>
    </message>
    <message>
        <source>Edit the tier</source>
        <translation>Ändra nivån</translation>
    </message>
    <message>
        <source>Add a tier</source>
        <translation>Lägg till en nivå</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Sparat.</translation>
    </message>
    <message>
        <source>Saved: our operator and tier apply to every delivery from now.</source>
        <translation>Sparat: vår operatör och nivå gäller för varje leverans från och med nu.</translation>
    </message>
</context>
<context>
    <name>ChoicePage</name>
    <message>
        <source>Add a client</source>
        <translation>Lägg till en klient</translation>
    </message>
    <message>
        <source>Does the client already have an account with us?</source>
        <translation>Har klienten redan ett konto hos oss?</translation>
    </message>
    <message>
        <source>&amp;Create a new client account</source>
        <translation>S&amp;kapa ett nytt klientkonto</translation>
    </message>
    <message>
        <source>C&amp;onnect an existing account (needs a connection form signed by the client)</source>
        <translation>K&amp;oppla samman ett befintligt konto (kräver en sammankopplingsblankett signerad av klienten)</translation>
    </message>
</context>
<context>
    <name>ColumnDelegate</name>
    <message>
        <source>(column without a name)</source>
        <translation>(kolumn utan namn)</translation>
    </message>
</context>
<context>
    <name>ConnectionForm</name>
    <message>
        <source>system administrator</source>
        <extracomment>Qt&apos;s translate under the name pyside6-lupdate looks for.</extracomment>
        <translation>systemadministratör</translation>
    </message>
    <message>
        <source>authorised signatory</source>
        <translation>firmatecknare</translation>
    </message>
    <message>
        <source>To be signed by: {signer} ({role})</source>
        <translation>Ska signeras av: {signer} ({role})</translation>
    </message>
    <message>
        <source>To be signed by: {signer}</source>
        <translation>Ska signeras av: {signer}</translation>
    </message>
    <message>
        <source>To be signed by: the client&apos;s system administrator or an authorised signatory</source>
        <translation>Ska signeras av: klientens systemadministratör eller en firmatecknare</translation>
    </message>
    <message>
        <source>Connection form</source>
        <translation>Sammankopplingsblankett</translation>
    </message>
    <message>
        <source>Reference: {reference}</source>
        <translation>Referens: {reference}</translation>
    </message>
    <message>
        <source>Date: {date}</source>
        <translation>Datum: {date}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Organisation number</source>
        <translation>Organisationsnummer</translation>
    </message>
    <message>
        <source>Accounting bureau</source>
        <translation>Redovisningsbyrå</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Consultant responsible</source>
        <translation>Ansvarig konsult</translation>
    </message>
    <message>
        <source>By signing this form, the client&apos;s system administrator or authorised signatory connects the client account to the accounting bureau. The bureau may then give its consultants access to the client; the client&apos;s system administrator decides which programs each of them may use.</source>
        <translation>Genom att signera den här blanketten kopplar klientens systemadministratör eller firmatecknare samman klientkontot med redovisningsbyrån. Byrån kan sedan ge sina konsulter åtkomst till klienten; klientens systemadministratör bestämmer vilka program var och en av dem får använda.</translation>
    </message>
    <message>
        <source>Valid until {date}: an unsigned form expires after {days} days.</source>
        <translation>Giltig till {date}: en osignerad blankett upphör att gälla efter {days} dagar.</translation>
    </message>
    <message>
        <source>Signed for the client</source>
        <translation>Signerad för klienten</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Underskrift</translation>
    </message>
    <message>
        <source>Name in block letters</source>
        <translation>Namnförtydligande</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>&amp;Save contact</source>
        <extracomment>Snapshot key: make the new contact the account&apos;s invoice contact (R5). What a billing contact takes from the account: its name and postal address.</extracomment>
        <translation>&amp;Spara kontakt</translation>
    </message>
    <message>
        <source>Select contact</source>
        <translation>Välj kontakt</translation>
    </message>
    <message>
        <source>Select &amp;contact:</source>
        <translation>Väl&amp;j kontakt:</translation>
    </message>
    <message>
        <source>Email preferences</source>
        <translation>E-postinställningar</translation>
    </message>
    <message>
        <source>Add &amp;billing contact</source>
        <translation>Lägg till &amp;fakturakontakt</translation>
    </message>
    <message>
        <source>A new contact with the account&apos;s name and address, ticked for Invoices &amp; reminders and made the invoice contact: type the person and save once</source>
        <translation>En ny kontakt med kontots namn och adress, ikryssad för Fakturor &amp; påminnelser och gjord till fakturakontakt: fyll i personen och spara en gång</translation>
    </message>
    <message>
        <source>Make it the &amp;invoice contact (its name and address stand on invoices)</source>
        <translation>Gör &amp;den till fakturakontakt (dess namn och adress står på fakturorna)</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Make &amp;main contact</source>
        <translation>Gör till h&amp;uvudkontakt</translation>
    </message>
    <message>
        <source>&amp;Delete contact…</source>
        <translation>&amp;Ta bort kontakt…</translation>
    </message>
    <message>
        <source>The contact</source>
        <translation>Kontakten</translation>
    </message>
    <message>
        <source>The main contact receives every email.</source>
        <translation>Huvudkontakten får all e-post.</translation>
    </message>
    <message>
        <source>Contact saved.</source>
        <translation>Kontakten har sparats.</translation>
    </message>
    <message>
        <source>Portal access</source>
        <translation>Portalåtkomst</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nytt lösenord</translation>
    </message>
    <message>
        <source>Login enabled</source>
        <translation>Inloggning aktiverad</translation>
    </message>
    <message>
        <source>(a new password)</source>
        <translation>(ett nytt lösenord)</translation>
    </message>
    <message>
        <source>The main contact cannot be deleted: an account always has exactly one. Make another contact the main contact first.</source>
        <translation>Huvudkontakten kan inte tas bort: ett konto har alltid exakt en. Gör först en annan kontakt till huvudkontakt.</translation>
    </message>
    <message>
        <source>Already the main contact.</source>
        <translation>Redan huvudkontakt.</translation>
    </message>
    <message>
        <source>The main contact&apos;s name and address become the account&apos;s defaults; the current main contact stays as an ordinary contact.</source>
        <translation>Huvudkontaktens namn och adress blir kontots standarduppgifter; den nuvarande huvudkontakten finns kvar som vanlig kontakt.</translation>
    </message>
    <message>
        <source>main contact</source>
        <translation>huvudkontakt</translation>
    </message>
    <message>
        <source>Add new contact</source>
        <translation>Lägg till ny kontakt</translation>
    </message>
    <message>
        <source>Role: main contact (account owner): receives every email; name and address are the account&apos;s defaults. Edit them on My details.</source>
        <translation>Roll: huvudkontakt (kontoägare): får all e-post; namn och adress är kontots standarduppgifter. Ändra dem under Mina uppgifter.</translation>
    </message>
    <message>
        <source>Role: may log in to the portal, but has no rights ticked yet (Internet tab); receives no emails.</source>
        <translation>Roll: får logga in i portalen men har ännu inga behörigheter ikryssade (fliken Internet); får ingen e-post.</translation>
    </message>
    <message>
        <source>Role: contact with no rights that receives no emails.</source>
        <translation>Roll: kontakt utan behörigheter som inte får någon e-post.</translation>
    </message>
    <message>
        <source>billing contact (receives “Invoices &amp; reminders”)</source>
        <translation>fakturakontakt (får ”Fakturor &amp; påminnelser”)</translation>
    </message>
    <message>
        <source>receives the other ticked emails</source>
        <translation>får övrig ikryssad e-post</translation>
    </message>
    <message>
        <source>sub-account (logs in to the portal)</source>
        <translation>underkonto (loggar in i portalen)</translation>
    </message>
    <message>
        <source>Role: {roles}.</source>
        <translation>Roll: {roles}.</translation>
    </message>
    <message>
        <source>Contact deleted.</source>
        <translation>Kontakten har tagits bort.</translation>
    </message>
    <message>
        <source>{name} is now the main contact.</source>
        <translation>{name} är nu huvudkontakt.</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Inte utfört</translation>
    </message>
</context>
<context>
    <name>Countries</name>
    <message>
        <source>Sweden</source>
        <translation>Sverige</translation>
    </message>
    <message>
        <source>Denmark</source>
        <translation>Danmark</translation>
    </message>
    <message>
        <source>Norway</source>
        <translation>Norge</translation>
    </message>
    <message>
        <source>Finland</source>
        <translation>Finland</translation>
    </message>
</context>
<context>
    <name>CustomerPage</name>
    <message>
        <source>The customer</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Its company details and primary contact, who gets the first licence. Fields marked * are required.</source>
        <translation>Kundens företagsuppgifter och primära kontaktperson, som får den första licensen. Fält markerade med * är obligatoriska.</translation>
    </message>
    <message>
        <source>optional: lets them log in with BankID</source>
        <translation>valfritt: gör att hen kan logga in med BankID</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>Primär kontaktperson</translation>
    </message>
    <message>
        <source>Licence &amp;role</source>
        <translation>Licens&amp;roll</translation>
    </message>
    <message>
        <source>Personal identity nu&amp;mber</source>
        <translation>Personnu&amp;mmer</translation>
    </message>
</context>
<context>
    <name>DatabasePasswordDialog</name>
    <message>
        <source>Database password</source>
        <translation>Databaslösenord</translation>
    </message>
    <message>
        <source>custadmin needs the password for
{where}</source>
        <translation>custadmin behöver lösenordet för
{where}</translation>
    </message>
    <message>
        <source>That password was refused. Try again.</source>
        <translation>Lösenordet godtogs inte. Försök igen.</translation>
    </message>
    <message>
        <source>Remember it in the system keyring</source>
        <translation>Kom ihåg det i systemets nyckelring</translation>
    </message>
    <message>
        <source>No system keyring is available on this computer, so the password will be asked for every session. It is never written to a file.</source>
        <translation>Det finns ingen nyckelring i systemet på den här datorn, så lösenordet efterfrågas vid varje session. Det skrivs aldrig till en fil.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
</context>
<context>
    <name>DemoFill</name>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Demodata</translation>
    </message>
    <message>
        <source>No demo data was added: {reason}</source>
        <translation>Inga demodata lades till: {reason}</translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <source>The new client</source>
        <translation>Den nya klienten</translation>
    </message>
    <message>
        <source>Its company details and main contact. Fields marked * are required.</source>
        <translation>Klientens företagsuppgifter och huvudkontakt. Fält markerade med * är obligatoriska.</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Main contact</source>
        <translation>Huvudkontakt</translation>
    </message>
</context>
<context>
    <name>DomainMessages</name>
    <message>
        <source>This field is required.</source>
        <extracomment>The Qt translation context of every template below. The English template of every code. Rendered with ``str.format`` and the message&apos;s parameters; no two codes share a template (one rule, one wording).</extracomment>
        <translation>Fältet är obligatoriskt.</translation>
    </message>
    <message>
        <source>Contains a control character (such as a tab or line break).</source>
        <translation>Innehåller ett styrtecken (till exempel tabb eller radbrytning).</translation>
    </message>
    <message>
        <source>Contains a damaged character (a lone surrogate, U+D800–U+DFFF), perhaps from copy and paste; type the text again.</source>
        <translation>Innehåller ett skadat tecken (ett ensamt surrogattecken, U+D800–U+DFFF), kanske från kopiera och klistra in; skriv texten igen.</translation>
    </message>
    <message>
        <source>Contains an invisible text-direction control (U+202A–U+202E or U+2066–U+2069), which can make text read backwards; remove it.</source>
        <translation>Innehåller ett osynligt styrtecken för textriktning (U+202A–U+202E eller U+2066–U+2069), som kan få text att läsas baklänges; ta bort det.</translation>
    </message>
    <message>
        <source>Contains a line or paragraph separator (U+2028 or U+2029); the field holds one line.</source>
        <translation>Innehåller en rad- eller styckeavgränsare (U+2028 eller U+2029); fältet rymmer en rad.</translation>
    </message>
    <message>
        <source>At most {max_length} characters (this has {length}).</source>
        <translation>Högst {max_length} tecken (det här har {length}).</translation>
    </message>
    <message>
        <source>At most {max_length} characters.</source>
        <translation>Högst {max_length} tecken.</translation>
    </message>
    <message>
        <source>Choose Sweden, Denmark, Norway or Finland.</source>
        <translation>Välj Sverige, Danmark, Norge eller Finland.</translation>
    </message>
    <message>
        <source>Choose a country from the list.</source>
        <translation>Välj ett land i listan.</translation>
    </message>
    <message>
        <source>Choose web hosting, agency services or managed server.</source>
        <translation>Välj webbhotell, byråtjänster eller managerad server.</translation>
    </message>
    <message>
        <source>Not a valid email address: {reason}</source>
        <translation>Ogiltig e-postadress: {reason}</translation>
    </message>
    <message>
        <source>Not a phone number.</source>
        <translation>Inte ett telefonnummer.</translation>
    </message>
    <message>
        <source>Not a valid phone number for {region} or abroad.</source>
        <translation>Inte ett giltigt telefonnummer för {region} eller utlandet.</translation>
    </message>
    <message>
        <source>A personal identity number has 10 or 12 digits.</source>
        <translation>Ett personnummer har 10 eller 12 siffror.</translation>
    </message>
    <message>
        <source>The date part is not a valid date.</source>
        <translation>Datumdelen är inte ett giltigt datum.</translation>
    </message>
    <message>
        <source>The check digit does not match.</source>
        <translation>Kontrollsiffran stämmer inte.</translation>
    </message>
    <message>
        <source>The birth year {year} cannot be right: check the century.</source>
        <translation>Födelseåret {year} kan inte stämma: kontrollera århundradet.</translation>
    </message>
    <message>
        <source>The personal identity number in it is masked (****), as exports write it unless an administrator asks for full numbers: type it in full.</source>
        <translation>Personnumret i det är maskerat (****), så som exporter skriver det om inte en administratör begär fullständiga nummer: skriv det i sin helhet.</translation>
    </message>
    <message>
        <source>Not a valid CPR number (DDMMYY-NNNN).</source>
        <translation>Inte ett giltigt CPR-nummer (DDMMÅÅ-NNNN).</translation>
    </message>
    <message>
        <source>A CPR number has 10 digits.</source>
        <translation>Ett CPR-nummer har 10 siffror.</translation>
    </message>
    <message>
        <source>Swedish organisation number</source>
        <translation>svenskt organisationsnummer</translation>
    </message>
    <message>
        <source>Danish CVR number</source>
        <translation>danskt CVR-nummer</translation>
    </message>
    <message>
        <source>Norwegian organisation number</source>
        <translation>norskt organisationsnummer</translation>
    </message>
    <message>
        <source>Finnish business ID</source>
        <translation>finskt FO-nummer</translation>
    </message>
    <message>
        <source>GLN</source>
        <translation>GLN</translation>
    </message>
    <message>
        <source>Danish SE number</source>
        <translation>danskt SE-nummer</translation>
    </message>
    <message>
        <source>Danish P number</source>
        <translation>danskt P-nummer</translation>
    </message>
    <message>
        <source>Finnish OVT identifier</source>
        <translation>finskt OVT-id</translation>
    </message>
    <message>
        <source>Swedish VAT number</source>
        <translation>svenskt momsregistreringsnummer</translation>
    </message>
    <message>
        <source>Danish VAT number</source>
        <translation>danskt momsregistreringsnummer</translation>
    </message>
    <message>
        <source>Finnish OVT/LY-tunnus</source>
        <translation>finskt OVT/LY-tunnus</translation>
    </message>
    <message>
        <source>Finnish organisation identifier</source>
        <translation>finskt organisations-id</translation>
    </message>
    <message>
        <source>Finnish VAT number</source>
        <translation>finskt momsregistreringsnummer</translation>
    </message>
    <message>
        <source>Finnish Net service ID</source>
        <translation>finskt Net service-id</translation>
    </message>
    <message>
        <source>Not a valid {scheme} (check the digits and the country).</source>
        <translation>Inte ett giltigt {scheme} (kontrollera siffrorna och landet).</translation>
    </message>
    <message>
        <source>Not a valid {scheme}.</source>
        <translation>Inte ett giltigt {scheme}.</translation>
    </message>
    <message>
        <source>{reason} Below 20 in the third and fourth digits, a Swedish organisation number is a sole trader&apos;s: the owner&apos;s personal identity number or coordination number.</source>
        <translation>{reason} Med under 20 i tredje och fjärde siffran är ett svenskt organisationsnummer en enskild firmas: ägarens personnummer eller samordningsnummer.</translation>
    </message>
    <message>
        <source>The check digit (the last digit) of this {scheme} does not match: a digit is mistyped or two are swapped.</source>
        <translation>Kontrollsiffran (den sista siffran) i detta {scheme} stämmer inte: en siffra är felskriven eller två har bytt plats.</translation>
    </message>
    <message>
        <source>A {scheme} has {length} digits.</source>
        <translation>Ett {scheme} har {length} siffror.</translation>
    </message>
    <message>
        <source>A Swedish organisation number is written with digits, e.g. 556036-0793, or as a sole trader&apos;s personal identity number, YYMMDD-NNNN.</source>
        <translation>Ett svenskt organisationsnummer skrivs med siffror, t.ex. 556036-0793, eller som en enskild firmas personnummer, ÅÅMMDD-NNNN.</translation>
    </message>
    <message>
        <source>A Swedish organisation number has 10 digits, not {actual}; a sole trader&apos;s personal identity number may have 12 (with the century).</source>
        <translation>Ett svenskt organisationsnummer har 10 siffror, inte {actual}; en enskild firmas personnummer kan ha 12 (med århundradet).</translation>
    </message>
    <message>
        <source>Only a personal identity number is written with + (its owner is aged 100 or more); a legal entity&apos;s organisation number is written with -, e.g. 556036-0793.</source>
        <translation>Bara ett personnummer skrivs med + (innehavaren är 100 år eller äldre); en juridisk persons organisationsnummer skrivs med -, t.ex. 556036-0793.</translation>
    </message>
    <message>
        <source>A legal entity&apos;s organisation number has 10 digits, or 12 beginning with 16.</source>
        <translation>En juridisk persons organisationsnummer har 10 siffror, eller 12 som börjar med 16.</translation>
    </message>
    <message>
        <source>A postcode here has {form}.</source>
        <translation>Ett postnummer här har {form}.</translation>
    </message>
    <message>
        <source>five digits, e.g. 123 45</source>
        <translation>fem siffror, t.ex. 123 45</translation>
    </message>
    <message>
        <source>five digits, e.g. 00100</source>
        <translation>fem siffror, t.ex. 00100</translation>
    </message>
    <message>
        <source>four digits, e.g. 2100</source>
        <translation>fyra siffror, t.ex. 2100</translation>
    </message>
    <message>
        <source>four digits, e.g. 0150</source>
        <translation>fyra siffror, t.ex. 0150</translation>
    </message>
    <message>
        <source>A Peppol ID is written ICD:identifier: a four-digit scheme code, a colon, then the identifier, e.g. {example}.</source>
        <translation>Ett Peppol-ID skrivs ICD:identifierare: en fyrsiffrig schemakod, ett kolon och sedan identifieraren, t.ex. {example}.</translation>
    </message>
    <message>
        <source>Scheme code {icd} ({scheme}) is no longer used in Peppol. {advice}</source>
        <translation>Schemakoden {icd} ({scheme}) används inte längre i Peppol. {advice}</translation>
    </message>
    <message>
        <source>Use 0007 with the 10-digit Swedish organisation number instead, e.g. 0007:5560360793.</source>
        <translation>Använd i stället 0007 med det 10-siffriga svenska organisationsnumret, t.ex. 0007:5560360793.</translation>
    </message>
    <message>
        <source>Use 0184 with the 8-digit CVR number instead, e.g. 0184:13585628.</source>
        <translation>Använd i stället 0184 med det 8-siffriga CVR-numret, t.ex. 0184:13585628.</translation>
    </message>
    <message>
        <source>Use 0184 with the 8-digit CVR number instead, or 0198 for an SE number (DK followed by 8 digits).</source>
        <translation>Använd i stället 0184 med det 8-siffriga CVR-numret, eller 0198 för ett SE-nummer (DK följt av 8 siffror).</translation>
    </message>
    <message>
        <source>Use 0192 with the 9-digit organisation number instead, e.g. 0192:974760673.</source>
        <translation>Använd i stället 0192 med det 9-siffriga organisationsnumret, t.ex. 0192:974760673.</translation>
    </message>
    <message>
        <source>Use 0216 with the OVT identifier instead, e.g. 0216:003720774740.</source>
        <translation>Använd i stället 0216 med OVT-id:t, t.ex. 0216:003720774740.</translation>
    </message>
    <message>
        <source>Unknown Peppol scheme code {icd}. Accepted codes: {accepted}.</source>
        <translation>Okänd Peppol-schemakod {icd}. Godkända koder: {accepted}.</translation>
    </message>
    <message>
        <source>{icd} ({scheme})</source>
        <translation>{icd} ({scheme})</translation>
    </message>
    <message>
        <source>Type the {scheme} after the colon, e.g. {example}.</source>
        <translation>Skriv {scheme} efter kolonet, t.ex. {example}.</translation>
    </message>
    <message>
        <source>Type the {scheme} without hyphens or spaces, e.g. {example}.</source>
        <translation>Skriv {scheme} utan bindestreck eller mellanslag, t.ex. {example}.</translation>
    </message>
    <message>
        <source>A {scheme} has digits only, e.g. {example}.</source>
        <translation>Ett {scheme} består bara av siffror, t.ex. {example}.</translation>
    </message>
    <message>
        <source>A {scheme} has exactly {length} digits (this has {actual}), e.g. {example}.</source>
        <translation>Ett {scheme} har exakt {length} siffror (det här har {actual}), t.ex. {example}.</translation>
    </message>
    <message>
        <source>Not a valid {scheme}: the check digit does not match.</source>
        <translation>Inte ett giltigt {scheme}: kontrollsiffran stämmer inte.</translation>
    </message>
    <message>
        <source>Not a valid {scheme}: it cannot be all zeros.</source>
        <translation>Inte ett giltigt {scheme}: det får inte bestå av bara nollor.</translation>
    </message>
    <message>
        <source>A {scheme} is DK followed by 8 digits, e.g. {example}.</source>
        <translation>Ett {scheme} är DK följt av 8 siffror, t.ex. {example}.</translation>
    </message>
    <message>
        <source>A {scheme} is 0037, then the 8-digit business ID without hyphen, then up to 5 letters or digits, e.g. {example}.</source>
        <translation>Ett {scheme} är 0037, sedan det 8-siffriga FO-numret utan bindestreck och sedan upp till 5 bokstäver eller siffror, t.ex. {example}.</translation>
    </message>
    <message>
        <source>Not a valid {scheme}: the business ID cannot be all zeros.</source>
        <translation>Inte ett giltigt {scheme}: FO-numret får inte bestå av bara nollor.</translation>
    </message>
    <message>
        <source>Not a valid {scheme}: the business ID {business_id} has a wrong check digit.</source>
        <translation>Inte ett giltigt {scheme}: FO-numret {business_id} har fel kontrollsiffra.</translation>
    </message>
    <message>
        <source>The password contains control characters.</source>
        <translation>Lösenordet innehåller styrtecken.</translation>
    </message>
    <message>
        <source>The password contains a damaged character (a lone surrogate, U+D800–U+DFFF) that cannot be stored; type it again.</source>
        <translation>Lösenordet innehåller ett skadat tecken (ett ensamt surrogattecken, U+D800–U+DFFF) som inte kan sparas; skriv det igen.</translation>
    </message>
    <message>
        <source>The password must have at least {min_length} characters.</source>
        <translation>Lösenordet måste ha minst {min_length} tecken.</translation>
    </message>
    <message>
        <source>The password must not contain the user name.</source>
        <translation>Lösenordet får inte innehålla användarnamnet.</translation>
    </message>
    <message>
        <source>The password is too easy to guess: use a longer one or Generate.</source>
        <translation>Lösenordet är för lätt att gissa: använd ett längre eller Generera.</translation>
    </message>
    <message>
        <source>Activate portal access to set a password.</source>
        <translation>Aktivera portalåtkomst för att ange ett lösenord.</translation>
    </message>
    <message>
        <source>{username} is already the portal user name of {contact} on this account; a person has one portal access per account.</source>
        <translation>{username} är redan portalanvändarnamn för {contact} på det här kontot; en person har en portalåtkomst per konto.</translation>
    </message>
    <message>
        <source>{username} already logs in to the portal for: {served}. If this is the same person, the contact joins that login and keeps its password; otherwise use another email address.</source>
        <translation>{username} loggar redan in i portalen för: {served}. Om det är samma person ansluts kontakten till den inloggningen och behåller dess lösenord; använd annars en annan e-postadress.</translation>
    </message>
    <message>
        <source>The login {username} is shared: the change applies to {served} as well.</source>
        <translation>Inloggningen {username} är delad: ändringen gäller även {served}.</translation>
    </message>
    <message>
        <source>{account} (customer {customer_number}, {contact})</source>
        <translation>{account} (kundnummer {customer_number}, {contact})</translation>
    </message>
    <message>
        <source>The main contact holds every right; there is nothing to tick.</source>
        <translation>Huvudkontakten har alla behörigheter; det finns inget att kryssa i.</translation>
    </message>
    <message>
        <source>{name} has no portal access.</source>
        <translation>{name} har ingen portalåtkomst.</translation>
    </message>
    <message>
        <source>Off system-wide, so ticking it would do nothing: {rights}</source>
        <translation>Avstängt i hela systemet, så ett kryss här gör ingenting: {rights}</translation>
    </message>
    <message>
        <source>Modify master account profile</source>
        <translation>Ändra huvudkontots profil</translation>
    </message>
    <message>
        <source>View &amp; manage contacts</source>
        <translation>Se &amp; hantera kontakter</translation>
    </message>
    <message>
        <source>View products &amp; services</source>
        <translation>Se produkter &amp; tjänster</translation>
    </message>
    <message>
        <source>View &amp; manage passwords</source>
        <translation>Se &amp; hantera lösenord</translation>
    </message>
    <message>
        <source>Perform single sign-on</source>
        <translation>Utför enkel inloggning</translation>
    </message>
    <message>
        <source>View domains</source>
        <translation>Se domäner</translation>
    </message>
    <message>
        <source>Manage domain settings</source>
        <translation>Hantera domäninställningar</translation>
    </message>
    <message>
        <source>View &amp; pay invoices</source>
        <translation>Se &amp; betala fakturor</translation>
    </message>
    <message>
        <source>View &amp; accept quotes</source>
        <translation>Se &amp; godkänna offerter</translation>
    </message>
    <message>
        <source>View &amp; open support tickets</source>
        <translation>Se &amp; öppna supportärenden</translation>
    </message>
    <message>
        <source>View &amp; manage affiliate account</source>
        <translation>Se &amp; hantera affiliatekonto</translation>
    </message>
    <message>
        <source>View emails</source>
        <translation>Se e-postmeddelanden</translation>
    </message>
    <message>
        <source>Place new orders, upgrades and cancellations</source>
        <translation>Lägga nya beställningar, uppgraderingar och uppsägningar</translation>
    </message>
    <message>
        <source>Show the Settings menu (change own password)</source>
        <translation>Visa menyn Inställningar (ändra eget lösenord)</translation>
    </message>
    <message>
        <source>Customer account {account_id} does not exist (any more).</source>
        <translation>Kundkontot {account_id} finns inte (längre).</translation>
    </message>
    <message>
        <source>Contact {contact_id} is not on this account (any more).</source>
        <translation>Kontakten {contact_id} finns inte (längre) på det här kontot.</translation>
    </message>
    <message>
        <source>The main contact cannot be deleted: an account always has exactly one. Make another contact the main contact first.</source>
        <translation>Huvudkontakten kan inte tas bort: ett konto har alltid exakt en. Gör först en annan kontakt till huvudkontakt.</translation>
    </message>
    <message>
        <source>Pick one of this account&apos;s contacts.</source>
        <translation>Välj en av kontots kontakter.</translation>
    </message>
    <message>
        <source>This record was changed by someone else since you opened it.</source>
        <translation>Posten har ändrats av någon annan sedan du öppnade den.</translation>
    </message>
    <message>
        <source>This account was changed by someone else since you opened it.</source>
        <translation>Kontot har ändrats av någon annan sedan du öppnade det.</translation>
    </message>
    <message>
        <source>This contact was changed by someone else since you opened it.</source>
        <translation>Kontakten har ändrats av någon annan sedan du öppnade den.</translation>
    </message>
    <message>
        <source>This contact&apos;s portal access was changed by someone else since you opened it.</source>
        <translation>Kontaktens portalåtkomst har ändrats av någon annan sedan du öppnade den.</translation>
    </message>
    <message>
        <source>The portal login {username} was changed by someone else since you opened it (its password or whether it may log in): your change to it was not saved.</source>
        <translation>Portalinloggningen {username} har ändrats av någon annan sedan du öppnade den (lösenordet eller om den får logga in): din ändring av den sparades inte.</translation>
    </message>
    <message>
        <source>This operator was changed by someone else since you opened it.</source>
        <translation>Handläggaren har ändrats av någon annan sedan du öppnade den.</translation>
    </message>
    <message>
        <source>The system-wide portal settings were changed by someone else since you opened them.</source>
        <translation>Portalinställningarna för hela systemet har ändrats av någon annan sedan du öppnade dem.</translation>
    </message>
    <message>
        <source>Someone else gave portal access to this user name at the same moment. Open the account again and retry.</source>
        <translation>Någon annan gav portalåtkomst till det här användarnamnet i samma ögonblick. Öppna kontot igen och försök på nytt.</translation>
    </message>
    <message>
        <source>The operator name or password is not right.</source>
        <translation>Handläggarnamnet eller lösenordet är fel.</translation>
    </message>
    <message>
        <source>Signing in needs a terminal: run the command from one.</source>
        <translation>Inloggningen kräver en terminal: kör kommandot från en terminal.</translation>
    </message>
    <message>
        <source>The operator {name} is disabled. Ask an administrator.</source>
        <translation>Handläggaren {name} är avstängd. Kontakta en administratör.</translation>
    </message>
    <message>
        <source>An operator needs a name.</source>
        <translation>En handläggare behöver ett namn.</translation>
    </message>
    <message>
        <source>Operator name: {problem}</source>
        <translation>Handläggarnamn: {problem}</translation>
    </message>
    <message>
        <source>Display name: {problem}</source>
        <translation>Visningsnamn: {problem}</translation>
    </message>
    <message>
        <source>This computer&apos;s user name cannot be used as an operator name: {problem} Sign in to the computer as another user, or use a shared database with operator names.</source>
        <translation>Datorns användarnamn kan inte användas som handläggarnamn: {problem} Logga in på datorn som en annan användare, eller använd en delad databas med handläggarnamn.</translation>
    </message>
    <message>
        <source>Caller&apos;s name: {problem}</source>
        <translation>Namn på den som ringer: {problem}</translation>
    </message>
    <message>
        <source>Verified by: {problem}</source>
        <translation>Verifierad med: {problem}</translation>
    </message>
    <message>
        <source>There is already an operator called {name}.</source>
        <translation>Det finns redan en handläggare som heter {name}.</translation>
    </message>
    <message>
        <source>That operator no longer exists.</source>
        <translation>Handläggaren finns inte längre.</translation>
    </message>
    <message>
        <source>This is the last administrator: make someone else administrator first.</source>
        <translation>Det här är den sista administratören: gör först någon annan till administratör.</translation>
    </message>
    <message>
        <source>Only an operator can be remembered.</source>
        <translation>Bara en handläggare kan kommas ihåg.</translation>
    </message>
    <message>
        <source>Only an operator who signs in with a password can be remembered.</source>
        <translation>Bara en handläggare som loggar in med lösenord kan kommas ihåg.</translation>
    </message>
    <message>
        <source>An administrator changed your role to {role} since you signed in: this was not done. Try again if your new role allows it.</source>
        <translation>En administratör har ändrat din roll till {role} sedan du loggade in: detta utfördes inte. Försök igen om din nya roll tillåter det.</translation>
    </message>
    <message>
        <source>Your operator account was disabled by an administrator (or removed): nothing was done.</source>
        <translation>Ditt handläggarkonto har stängts av (eller tagits bort) av en administratör: ingenting utfördes.</translation>
    </message>
    <message>
        <source>The first administrator needs a password.</source>
        <translation>Den första administratören behöver ett lösenord.</translation>
    </message>
    <message>
        <source>This database has operators already: sign in as one.</source>
        <translation>Databasen har redan handläggare: logga in som en av dem.</translation>
    </message>
    <message>
        <source>{name} is signed in as {role}: {what} needs the role {allowed}.</source>
        <translation>{name} är inloggad med rollen {role}: {what} kräver rollen {allowed}.</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>endast läsning</translation>
    </message>
    <message>
        <source>support agent</source>
        <translation>supportagent</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administratör</translation>
    </message>
    <message>
        <source>changing customer accounts and contacts</source>
        <translation>ändring av kundkonton och kontakter</translation>
    </message>
    <message>
        <source>changing portal access and passwords</source>
        <translation>ändring av portalåtkomst och lösenord</translation>
    </message>
    <message>
        <source>checking portal logins</source>
        <translation>kontroll av portalinloggningar</translation>
    </message>
    <message>
        <source>changing the system-wide portal settings</source>
        <translation>ändring av portalinställningarna för hela systemet</translation>
    </message>
    <message>
        <source>managing operators and their roles</source>
        <translation>hantering av handläggare och deras roller</translation>
    </message>
    <message>
        <source>deleting customer accounts</source>
        <translation>borttagning av kundkonton</translation>
    </message>
    <message>
        <source>importing customers</source>
        <translation>import av kunder</translation>
    </message>
    <message>
        <source>reading the audit trail of every account</source>
        <translation>läsning av ändringsloggen för alla konton</translation>
    </message>
    <message>
        <source>exporting full personal identity numbers</source>
        <translation>export av fullständiga personnummer</translation>
    </message>
    <message>
        <source>registering e-invoice recipients</source>
        <translation>att registrera e-fakturamottagare</translation>
    </message>
    <message>
        <source>confirming and rejecting e-invoice registrations and moves, and keeping the operators and tiers</source>
        <translation>att bekräfta och avvisa e-fakturaregistreringar och flyttar samt att sköta operatörer och nivåer</translation>
    </message>
    <message>
        <source>recording reseller agreements and keeping the product versions and their prices</source>
        <translation>att registrera återförsäljaravtal och sköta produktversionerna och deras priser</translation>
    </message>
    <message>
        <source>keeping the settings of the outgoing mail server</source>
        <translation>att sköta inställningarna för den utgående e-postservern</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Kundnummer</translation>
    </message>
    <message>
        <source>Main contact</source>
        <translation>Huvudkontakt</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Kontonamn</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Organisation number</source>
        <translation>Organisationsnummer</translation>
    </message>
    <message>
        <source>Peppol ID</source>
        <translation>Peppol-ID</translation>
    </message>
    <message>
        <source>Service type</source>
        <translation>Tjänstetyp</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Organisationsnamn</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Address line 1</source>
        <translation>Adressrad 1</translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation>Adressrad 2</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Contact country</source>
        <translation>Kontaktens land</translation>
    </message>
    <message>
        <source>Unknown field {name!r}. Fields: {fields}.</source>
        <translation>Okänt fält {name!r}. Fält: {fields}.</translation>
    </message>
    <message>
        <source>The mapping is not valid JSON: {reason}.</source>
        <translation>Mappningen är inte giltig JSON: {reason}.</translation>
    </message>
    <message>
        <source>A JSON mapping is an object like {{&quot;email&quot;: &quot;E-post&quot;}}.</source>
        <translation>En JSON-mappning är ett objekt som {{&quot;email&quot;: &quot;E-post&quot;}}.</translation>
    </message>
    <message>
        <source>Write field=Header, not {part!r}.</source>
        <translation>Skriv fält=Rubrik, inte {part!r}.</translation>
    </message>
    <message>
        <source>The file has no column {header!r} (for {field}).</source>
        <translation>Filen har ingen kolumn {header!r} (för {field}).</translation>
    </message>
    <message>
        <source>No column holds {field}; choose one in the mapping.</source>
        <translation>Ingen kolumn innehåller {field}; välj en i mappningen.</translation>
    </message>
    <message>
        <source>Not imported: its account is refused (see line {lines}).</source>
        <translation>Importeras inte: kontot avvisas (se rad {lines}).</translation>
    </message>
    <message>
        <source>Write yes or no (or leave it empty).</source>
        <translation>Skriv ja eller nej (eller lämna tomt).</translation>
    </message>
    <message>
        <source>Line {line} is already the main contact of this account (an account has exactly one).</source>
        <translation>Rad {line} är redan huvudkontakt för det här kontot (ett konto har exakt en).</translation>
    </message>
    <message>
        <source>Differs from line {line} of the same account (“{value}” against “{main_value}”); leave it empty or write the same.</source>
        <translation>Skiljer sig från rad {line} för samma konto (”{value}” mot ”{main_value}”); lämna tomt eller skriv samma sak.</translation>
    </message>
    <message>
        <source>The same email as line {line} of this account: a person is one contact.</source>
        <translation>Samma e-postadress som rad {line} för det här kontot: en person är en kontakt.</translation>
    </message>
    <message>
        <source>The same organisation number ({country}) as the account on line {lines}: one organisation is one account.</source>
        <translation>Samma organisationsnummer ({country}) som kontot på rad {lines}: en organisation är ett konto.</translation>
    </message>
    <message>
        <source>An account with this organisation number ({country} {org_number}) is already stored: customer number {customer_number}.</source>
        <translation>Ett konto med det här organisationsnumret ({country} {org_number}) finns redan: kundnummer {customer_number}.</translation>
    </message>
    <message>
        <source>This line has {cells} cells but the header only {width}: a separator too many, or a value with a comma that is not quoted?</source>
        <translation>Raden har {cells} celler men rubrikraden bara {width}: en avgränsare för mycket, eller ett värde med kommatecken som inte står inom citattecken?</translation>
    </message>
    <message>
        <source>Cannot read the file: {reason}.</source>
        <translation>Filen kan inte läsas: {reason}.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>Avbrutet: ingenting importerades.</translation>
    </message>
    <message>
        <source>Cannot open the file: {reason}.</source>
        <translation>Filen kan inte öppnas: {reason}.</translation>
    </message>
    <message>
        <source>This is {what}, not a CSV or XLSX file.</source>
        <translation>Det här är {what}, inte en CSV- eller XLSX-fil.</translation>
    </message>
    <message>
        <source>an Excel 97–2003 workbook (.xls) or another old Office file; save it as .xlsx or CSV</source>
        <translation>en Excel 97–2003-arbetsbok (.xls) eller en annan äldre Office-fil; spara den som .xlsx eller CSV</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>ett PDF-dokument</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>en PNG-bild</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>en JPEG-bild</translation>
    </message>
    <message>
        <source>an SQLite database</source>
        <translation>en SQLite-databas</translation>
    </message>
    <message>
        <source>This is not an Excel workbook (.xlsx): it does not start like one.</source>
        <translation>Det här är ingen Excel-arbetsbok (.xlsx): den börjar inte som en sådan.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text; it was read as Windows-1252 (Western European). If letters such as å, ä, ö look wrong in the preview, save the file as “CSV UTF-8” and import that.</source>
        <translation>Filen är inte UTF-8-text; den lästes som Windows-1252 (västeuropeisk). Om bokstäver som å, ä, ö ser fel ut i förhandsgranskningen, spara filen som ”CSV UTF-8” och importera den.</translation>
    </message>
    <message>
        <source>The file is not text that custadmin can read (byte {byte} is neither UTF-8 nor Windows-1252). Save it as “CSV UTF-8” or as an Excel workbook.</source>
        <translation>Filen är inte text som custadmin kan läsa (byte {byte} är varken UTF-8 eller Windows-1252). Spara den som ”CSV UTF-8” eller som en Excel-arbetsbok.</translation>
    </message>
    <message>
        <source>The file says it is {encoding} text but byte {byte} is not. Save it again as “CSV UTF-8”.</source>
        <translation>Filen anger att den är {encoding}-text, men byte {byte} är det inte. Spara den igen som ”CSV UTF-8”.</translation>
    </message>
    <message>
        <source>Cannot read this line ({reason}); a field may be too long or a quote not closed.</source>
        <translation>Raden kan inte läsas ({reason}); ett fält kan vara för långt eller ett citattecken inte avslutat.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Filen är tom.</translation>
    </message>
    <message>
        <source>The first line (the column names) cannot be read: {reason}.</source>
        <translation>Den första raden (kolumnnamnen) kan inte läsas: {reason}.</translation>
    </message>
    <message>
        <source>This is not a readable Excel workbook (.xlsx); it may be damaged or another kind of file.</source>
        <translation>Det här är ingen läsbar Excel-arbetsbok (.xlsx); den kan vara skadad eller en annan typ av fil.</translation>
    </message>
    <message>
        <source>The workbook has no worksheet.</source>
        <translation>Arbetsboken har inget kalkylblad.</translation>
    </message>
    <message>
        <source>The worksheet cannot be read ({error}).</source>
        <translation>Kalkylbladet kan inte läsas ({error}).</translation>
    </message>
    <message>
        <source>The first worksheet is empty.</source>
        <translation>Det första kalkylbladet är tomt.</translation>
    </message>
    <message>
        <source>The worksheet is damaged after line {line} ({error}).</source>
        <translation>Kalkylbladet är skadat efter rad {line} ({error}).</translation>
    </message>
    <message>
        <source>Only the first worksheet ({sheet}) is read.</source>
        <translation>Bara det första kalkylbladet ({sheet}) läses.</translation>
    </message>
    <message>
        <source>Cancelled: no file was written.</source>
        <translation>Avbrutet: ingen fil skrevs.</translation>
    </message>
    <message>
        <source>Choose csv or xlsx, not {given!r}.</source>
        <translation>Välj csv eller xlsx, inte {given!r}.</translation>
    </message>
    <message>
        <source>Cannot write to {folder}: {reason}.</source>
        <translation>Det går inte att skriva till {folder}: {reason}.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}.</source>
        <translation>Det går inte att skriva {path}: {reason}.</translation>
    </message>
    <message>
        <source>The database is busy: someone else is saving at this moment. Nothing was saved; try again.</source>
        <translation>Databasen är upptagen: någon annan sparar just nu. Ingenting sparades; försök igen.</translation>
    </message>
    <message>
        <source>{where} is locked by another program (perhaps another custadmin doing a long task). Close it or wait, then start again.</source>
        <translation>{where} är låst av ett annat program (kanske en annan custadmin som utför en lång uppgift). Stäng det eller vänta, och starta sedan igen.</translation>
    </message>
    <message>
        <source>The database is read-only: changes cannot be saved. Check the file&apos;s permissions or ask an administrator.</source>
        <translation>Databasen är skrivskyddad: ändringar kan inte sparas. Kontrollera filens behörigheter eller kontakta en administratör.</translation>
    </message>
    <message>
        <source>{path} is on a read-only disk: it is open for browsing and changes cannot be saved. To change it, make the disk writable, or copy the database to a writable folder while custadmin is closed.</source>
        <translation>{path} ligger på en skrivskyddad disk: den är öppen för visning och ändringar kan inte sparas. Gör disken skrivbar för att kunna ändra, eller kopiera databasen till en skrivbar mapp medan custadmin är stängt.</translation>
    </message>
    <message>
        <source>{path} is on a read-only disk and its companion file {companion} holds saved changes that can only be read on a writable disk. Copy the database together with its companion files to a writable folder, or make the disk writable.</source>
        <translation>{path} ligger på en skrivskyddad disk och dess tillhörande fil {companion} innehåller sparade ändringar som bara kan läsas på en skrivbar disk. Kopiera databasen tillsammans med dess tillhörande filer till en skrivbar mapp, eller gör disken skrivbar.</translation>
    </message>
    <message>
        <source>The database file {path} is read-only for you: it is open for browsing and changes cannot be saved. Make the file writable (for example chmod u+w), then start custadmin again.</source>
        <translation>Databasfilen {path} är skrivskyddad för dig: den är öppen för visning och ändringar kan inte sparas. Gör filen skrivbar (till exempel chmod u+w) och starta sedan custadmin igen.</translation>
    </message>
    <message>
        <source>The database&apos;s companion file {companion} is read-only (SQLite made it so while the database was read-only), so nothing can be saved. Make it writable, or delete it while custadmin is closed; then start custadmin again.</source>
        <translation>Databasens tillhörande fil {companion} är skrivskyddad (SQLite gjorde den skrivskyddad medan databasen var det), så ingenting kan sparas. Gör den skrivbar, eller ta bort den medan custadmin är stängt; starta sedan custadmin igen.</translation>
    </message>
    <message>
        <source>The database&apos;s companion file {companion} is read-only, so nothing can be saved. Make it writable, then start custadmin again; do not delete it: it holds saved changes.</source>
        <translation>Databasens tillhörande fil {companion} är skrivskyddad, så ingenting kan sparas. Gör den skrivbar och starta sedan custadmin igen; ta inte bort den: den innehåller sparade ändringar.</translation>
    </message>
    <message>
        <source>The folder {folder} is read-only for you, and SQLite needs to create the database&apos;s companion files ({name}-wal and {name}-shm) there. Make the folder writable, or move the database to a folder you may write to.</source>
        <translation>Mappen {folder} är skrivskyddad för dig, och SQLite behöver skapa databasens tillhörande filer ({name}-wal och {name}-shm) där. Gör mappen skrivbar, eller flytta databasen till en mapp där du har skrivrätt.</translation>
    </message>
    <message>
        <source>The database server accepts no changes (read-only).</source>
        <translation>Databasservern tar inte emot ändringar (skrivskyddad).</translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved. Free some space and save again.</source>
        <translation>Disken är full: ingenting sparades. Frigör utrymme och spara igen.</translation>
    </message>
    <message>
        <source>The database server is out of space: nothing was saved.</source>
        <translation>Databasservern har slut på utrymme: ingenting sparades.</translation>
    </message>
    <message>
        <source>The database file is damaged or is not a database. Restore it from a backup.</source>
        <translation>Databasfilen är skadad eller är ingen databas. Återställ den från en säkerhetskopia.</translation>
    </message>
    <message>
        <source>The database file cannot be opened: check that its folder exists and that you may write there.</source>
        <translation>Databasfilen kan inte öppnas: kontrollera att mappen finns och att du har skrivrätt där.</translation>
    </message>
    <message>
        <source>The database server refused the user name or password.</source>
        <translation>Databasservern godtog inte användarnamnet eller lösenordet.</translation>
    </message>
    <message>
        <source>The database does not exist on that server.</source>
        <translation>Databasen finns inte på den servern.</translation>
    </message>
    <message>
        <source>The database server cannot be reached. Check the network and the database address, then try again.</source>
        <translation>Det går inte att nå databasservern. Kontrollera nätverket och databasens adress och försök sedan igen.</translation>
    </message>
    <message>
        <source>The connection to the database server was lost: nothing was saved. Check the network, then try again.</source>
        <translation>Anslutningen till databasservern bröts: ingenting sparades. Kontrollera nätverket och försök sedan igen.</translation>
    </message>
    <message>
        <source>The connection to the database server was lost while the save was being confirmed: it may or may not have been saved. Open the record again to see, then try again if needed.</source>
        <translation>Anslutningen till databasservern bröts medan sparandet bekräftades: det kan ha sparats eller inte. Öppna posten igen för att se efter, och försök sedan igen vid behov.</translation>
    </message>
    <message>
        <source>The database server stopped the work because it took too long: nothing was saved. Try again; if it keeps happening, tell an administrator (the server may be overloaded).</source>
        <translation>Databasservern avbröt arbetet eftersom det tog för lång tid: ingenting sparades. Försök igen; om det fortsätter att hända, meddela en administratör (servern kan vara överbelastad).</translation>
    </message>
    <message>
        <source>The database server cancelled the work (perhaps an administrator stopped it): nothing was saved. Try again.</source>
        <translation>Databasservern avbröt arbetet (kanske stoppade en administratör det): ingenting sparades. Försök igen.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} är en mapp, inte en databasfil.</translation>
    </message>
    <message>
        <source>There is no database at {path}. Check the path, or start custadmin with --new to create an empty database there.</source>
        <translation>Det finns ingen databas på {path}. Kontrollera sökvägen, eller starta custadmin med --new för att skapa en tom databas där.</translation>
    </message>
    <message>
        <source>{path} is on a network share. SQLite cannot be used safely there (its write-ahead log needs a local disk); put the file on a local disk, or use a PostgreSQL server for shared use.</source>
        <translation>{path} ligger på en nätverksresurs. SQLite kan inte användas säkert där (dess write-ahead-logg kräver en lokal disk); lägg filen på en lokal disk, eller använd en PostgreSQL-server för delad användning.</translation>
    </message>
    <message>
        <source>{where} is an SQLite database of another application, not custadmin&apos;s.</source>
        <translation>{where} är en SQLite-databas för ett annat program, inte för custadmin.</translation>
    </message>
    <message>
        <source>{where} holds tables that are not custadmin&apos;s. Choose a custadmin database, or an empty one.</source>
        <translation>{where} innehåller tabeller som inte hör till custadmin. Välj en custadmin-databas eller en tom databas.</translation>
    </message>
    <message>
        <source>{where} is not a custadmin database.</source>
        <translation>{where} är ingen custadmin-databas.</translation>
    </message>
    <message>
        <source>{where} was written by a newer version of custadmin (schema {revision}). Install the newer custadmin to open it; this version will not change it.</source>
        <translation>{where} skrevs av en nyare version av custadmin (schema {revision}). Installera den nyare versionen av custadmin för att öppna den; den här versionen ändrar den inte.</translation>
    </message>
    <message>
        <source>The schema upgrade left the database inconsistent; the previous state was restored.</source>
        <translation>Schemauppgraderingen lämnade databasen inkonsekvent; det tidigare tillståndet återställdes.</translation>
    </message>
    <message>
        <source>The database could not be brought to this version&apos;s schema; it was left as it was before. See the log for details.</source>
        <translation>Databasen kunde inte uppgraderas till den här versionens schema; den lämnades som den var. Se loggen för mer information.</translation>
    </message>
    <message>
        <source>{where}: {message}</source>
        <translation>{where}: {message}</translation>
    </message>
    <message>
        <source>{where} cannot be opened: {reason}</source>
        <translation>{where} kan inte öppnas: {reason}</translation>
    </message>
    <message>
        <source>The database could not be opened.</source>
        <translation>Databasen kunde inte öppnas.</translation>
    </message>
    <message>
        <source>The database could not be opened; see the log for details.</source>
        <translation>Databasen kunde inte öppnas; se loggen för mer information.</translation>
    </message>
    <message>
        <source>custadmin works with SQLite or PostgreSQL, not {backend}.</source>
        <translation>custadmin fungerar med SQLite eller PostgreSQL, inte {backend}.</translation>
    </message>
    <message>
        <source>{where} needs a password: put it in the keyring (service {service!r}) or start custadmin interactively.</source>
        <translation>{where} kräver ett lösenord: lägg det i nyckelringen (tjänst {service!r}) eller starta custadmin interaktivt.</translation>
    </message>
    <message>
        <source>No valid password was given for {where}.</source>
        <translation>Inget giltigt lösenord angavs för {where}.</translation>
    </message>
    <message>
        <source>Choose the recipient&apos;s e-invoice operator.</source>
        <translation>Välj mottagarens e-fakturaoperatör.</translation>
    </message>
    <message>
        <source>Not an operator in the catalogue: choose one from the list.</source>
        <translation>Ingen operatör i katalogen: välj en i listan.</translation>
    </message>
    <message>
        <source>{id} is given twice.</source>
        <translation>{id} anges två gånger.</translation>
    </message>
    <message>
        <source>Already in the network as {name}: search for it and update it.</source>
        <translation>Finns redan i nätverket som {name}: sök fram den och uppdatera den.</translation>
    </message>
    <message>
        <source>{id} is already in the network, for {name}.</source>
        <translation>{id} finns redan i nätverket, för {name}.</translation>
    </message>
    <message>
        <source>This recipient is no longer in the network.</source>
        <translation>Mottagaren finns inte längre i nätverket.</translation>
    </message>
    <message>
        <source>Someone else changed this recipient meanwhile: search again.</source>
        <translation>Någon annan har ändrat mottagaren under tiden: sök igen.</translation>
    </message>
    <message>
        <source>The recipient is at this operator already.</source>
        <translation>Mottagaren finns redan hos den här operatören.</translation>
    </message>
    <message>
        <source>A move is waiting to be confirmed already.</source>
        <translation>En flytt väntar redan på bekräftelse.</translation>
    </message>
    <message>
        <source>No move is waiting to be confirmed.</source>
        <translation>Ingen flytt väntar på bekräftelse.</translation>
    </message>
    <message>
        <source>{name} has this code already.</source>
        <translation>{name} har redan den här koden.</translation>
    </message>
    <message>
        <source>A whole number from 0 to 999: the tier&apos;s place in the order (lowest first).</source>
        <translation>Ett heltal från 0 till 999: nivåns plats i ordningen (lägsta först).</translation>
    </message>
    <message>
        <source>{name} has this place in the order already.</source>
        <translation>{name} har redan den här platsen i ordningen.</translation>
    </message>
    <message>
        <source>Not a tier in the catalogue: choose one from the list.</source>
        <translation>Ingen nivå i katalogen: välj en i listan.</translation>
    </message>
    <message>
        <source>Receives e-invoices through {operator} (confirmed {date}).</source>
        <translation>Tar emot e-fakturor via {operator} (bekräftad {date}).</translation>
    </message>
    <message>
        <source>Moving to {new_operator}: still delivered through {operator} until the move is confirmed.</source>
        <translation>Flyttar till {new_operator}: levereras fortfarande via {operator} tills flytten är bekräftad.</translation>
    </message>
    <message>
        <source>Not in the e-invoice network.</source>
        <translation>Finns inte i e-fakturanätverket.</translation>
    </message>
    <message>
        <source>Registration pending since {date}.</source>
        <translation>Registreringen väntar sedan {date}.</translation>
    </message>
    <message>
        <source>Registration rejected: {reason}</source>
        <translation>Registreringen avslogs: {reason}</translation>
    </message>
    <message>
        <source>In the network, but the account has no Peppol ID.</source>
        <translation>Finns i nätverket, men kontot har inget Peppol-ID.</translation>
    </message>
    <message>
        <source>The recipient cannot receive invoices through Peppol.</source>
        <translation>Mottagaren kan inte ta emot fakturor via Peppol.</translation>
    </message>
    <message>
        <source>Our service tier {tier} does not reach recipients at {operator}: that needs {needed} or higher.</source>
        <translation>Vår tjänstenivå {tier} når inte mottagare hos {operator}: det kräver {needed} eller högre.</translation>
    </message>
    <message>
        <source>{why} Invoices go as PDF by email to {recipients} meanwhile.</source>
        <translation>{why} Fakturorna skickas under tiden som PDF via e-post till {recipients}.</translation>
    </message>
    <message>
        <source>{why} Invoices go on paper to {address} meanwhile.</source>
        <translation>{why} Fakturorna skickas under tiden på papper till {address}.</translation>
    </message>
    <message>
        <source>{why} The customer requires e-invoices: invoices are held until the recipient can receive them.</source>
        <translation>{why} Kunden kräver e-faktura: fakturorna hålls inne tills mottagaren kan ta emot dem.</translation>
    </message>
    <message>
        <source>Only the bureau&apos;s system administrator or a program administrator of the client manager may activate clients.</source>
        <translation>Bara byråns systemadministratör eller en programadministratör för klienthanteraren får aktivera klienter.</translation>
    </message>
    <message>
        <source>A connection request that is {state} cannot {step}.</source>
        <translation>En begäran om sammankoppling som är {state} kan inte {step}.</translation>
    </message>
    <message>
        <source>be sent</source>
        <translation>skickas</translation>
    </message>
    <message>
        <source>be signed</source>
        <translation>signeras</translation>
    </message>
    <message>
        <source>be declined</source>
        <translation>avböjas</translation>
    </message>
    <message>
        <source>be put in the activation list</source>
        <translation>placeras i aktiveringslistan</translation>
    </message>
    <message>
        <source>be activated</source>
        <translation>aktiveras</translation>
    </message>
    <message>
        <source>be disconnected</source>
        <translation>kopplas bort</translation>
    </message>
    <message>
        <source>a draft</source>
        <translation>ett utkast</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>skickad</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>signerad</translation>
    </message>
    <message>
        <source>awaiting activation</source>
        <translation>i väntan på aktivering</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>avböjd</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>utgången</translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation>bortkopplad</translation>
    </message>
    <message>
        <source>{name} is not marked as an accounting bureau.</source>
        <translation>{name} är inte markerad som redovisningsbyrå.</translation>
    </message>
    <message>
        <source>Only users of an accounting bureau have bureau roles.</source>
        <translation>Bara användare hos en redovisningsbyrå har byråroller.</translation>
    </message>
    <message>
        <source>{name} is not a consultant of the bureau.</source>
        <translation>{name} är inte konsult på byrån.</translation>
    </message>
    <message>
        <source>{name} is not connected to the bureau yet: access is granted once the client is created by the bureau or its connection form is signed.</source>
        <translation>{name} är inte sammankopplad med byrån än: åtkomst kan ges när klienten har skapats av byrån eller dess sammankopplingsblankett har signerats.</translation>
    </message>
    <message>
        <source>Someone else changed {count} of these boxes since you opened them; nothing was saved. Those boxes now show what is stored; your other changes are kept, not yet saved.</source>
        <translation>Någon annan har ändrat {count} av de här rutorna sedan du öppnade dem; ingenting sparades. De rutorna visar nu det som är sparat; dina övriga ändringar finns kvar men är inte sparade än.</translation>
    </message>
    <message>
        <source>{name} is neither a user of the client nor a consultant with access to it.</source>
        <translation>{name} är varken användare hos klienten eller konsult med åtkomst till den.</translation>
    </message>
    <message>
        <source>{name} is already a client of the bureau ({state}).</source>
        <translation>{name} är redan klient till byrån ({state}).</translation>
    </message>
    <message>
        <source>A bureau cannot be its own client.</source>
        <translation>En byrå kan inte vara sin egen klient.</translation>
    </message>
    <message>
        <source>Choose a user of the bureau (a contact with a portal login).</source>
        <translation>Välj en användare hos byrån (en kontakt med portalinloggning).</translation>
    </message>
    <message>
        <source>Choose a contact of this account.</source>
        <translation>Välj en kontakt på det här kontot.</translation>
    </message>
    <message>
        <source>Choose a contact of the client.</source>
        <translation>Välj en kontakt hos klienten.</translation>
    </message>
    <message>
        <source>Choose the signed connection form (a file that is not empty).</source>
        <translation>Välj den signerade sammankopplingsblanketten (en fil som inte är tom).</translation>
    </message>
    <message>
        <source>This client is no longer in the bureau&apos;s list.</source>
        <translation>Klienten finns inte längre i byråns lista.</translation>
    </message>
    <message>
        <source>Someone else changed this client&apos;s connection since you opened it: it is shown as stored now.</source>
        <translation>Någon annan har ändrat klientens sammankoppling sedan du öppnade den: den visas nu som den är sparad.</translation>
    </message>
    <message>
        <source>No consultant of any bureau logs in as {username}.</source>
        <translation>Ingen konsult på någon byrå loggar in som {username}.</translation>
    </message>
    <message>
        <source>No client of {bureau} matches “{text}”.</source>
        <translation>Ingen klient till {bureau} matchar ”{text}”.</translation>
    </message>
    <message>
        <source>This program is no longer in the catalogue.</source>
        <translation>Programmet finns inte längre i katalogen.</translation>
    </message>
    <message>
        <source>The program {name} has this code already.</source>
        <translation>Programmet {name} har redan den här koden.</translation>
    </message>
    <message>
        <source>The connection form must be signed by the client&apos;s system administrator or an authorised signatory.</source>
        <translation>Sammankopplingsblanketten ska signeras av klientens systemadministratör eller en firmatecknare.</translation>
    </message>
    <message>
        <source>Only the client&apos;s own system administrator grants program permissions there.</source>
        <translation>Bara klientens egen systemadministratör tilldelar behörigheter till program där.</translation>
    </message>
    <message>
        <source>The consultant&apos;s login is disabled.</source>
        <translation>Konsultens inloggning är avstängd.</translation>
    </message>
    <message>
        <source>The client&apos;s connection form is not signed yet.</source>
        <translation>Klientens sammankopplingsblankett är inte signerad än.</translation>
    </message>
    <message>
        <source>The client is not activated yet: it waits in the activation list.</source>
        <translation>Klienten är inte aktiverad än: den väntar i aktiveringslistan.</translation>
    </message>
    <message>
        <source>The bureau has not given the consultant access to this client.</source>
        <translation>Byrån har inte gett konsulten tillgång till den här klienten.</translation>
    </message>
    <message>
        <source>The client&apos;s system administrator has not granted the consultant any program.</source>
        <translation>Klientens systemadministratör har inte tilldelat konsulten något program.</translation>
    </message>
    <message>
        <source>Sees {programs}.</source>
        <translation>Ser {programs}.</translation>
    </message>
    <message>
        <source>Personal identity numbers are checked for Swedish, Danish, Norwegian and Finnish accounts; this account&apos;s country is {country}.</source>
        <translation>Personnummer kontrolleras för svenska, danska, norska och finska konton; det här kontots land är {country}.</translation>
    </message>
    <message>
        <source>Not a valid personal identity number.</source>
        <translation>Inte ett giltigt personnummer.</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-post</translation>
    </message>
    <message>
        <source>employment number</source>
        <translation>anställningsnummer</translation>
    </message>
    <message>
        <source>salary type</source>
        <translation>löneform</translation>
    </message>
    <message>
        <source>approver</source>
        <translation>attestansvarig</translation>
    </message>
    <message>
        <source>Give an email, or a personal identity number so that the user can log in with BankID.</source>
        <translation>Ange en e-postadress, eller ett personnummer så att användaren kan logga in med BankID.</translation>
    </message>
    <message>
        <source>A user cannot approve their own reports: choose another user.</source>
        <translation>En användare kan inte attestera sina egna rapporter: välj en annan användare.</translation>
    </message>
    <message>
        <source>{name} is neither an Approver nor an Administrator.</source>
        <translation>{name} är varken attestansvarig eller administratör.</translation>
    </message>
    <message>
        <source>{name} lacks {missing}</source>
        <translation>{name} saknar {missing}</translation>
    </message>
    <message>
        <source>Ready to be invited: {ready} of {total}. Missing: {missing}.</source>
        <translation>Redo att bjudas in: {ready} av {total}. Saknas: {missing}.</translation>
    </message>
    <message>
        <source>Ready to be invited: {ready} of {total}. Nothing is missing.</source>
        <translation>Redo att bjudas in: {ready} av {total}. Inget saknas.</translation>
    </message>
    <message>
        <source>No free licence: the agreement has {licences}, {in_use} in use, {free} free. Add licences first.</source>
        <translation>Ingen ledig licens: avtalet har {licences}, {in_use} används, {free} lediga. Lägg till licenser först.</translation>
    </message>
    <message>
        <source>The collective invoice goes to the partner: invoice the partner.</source>
        <translation>Samlingsfakturan går till partnern: fakturera partnern.</translation>
    </message>
    <message>
        <source>The partner has no reseller agreement: without one, the customer&apos;s licences cannot go on the partner&apos;s collective invoice.</source>
        <translation>Partnern har inget återförsäljaravtal: utan det kan kundens licenser inte läggas på partnerns samlingsfaktura.</translation>
    </message>
    <message>
        <source>No email: no welcome email can be sent. Tell the user to log in with BankID; they enter an email at their first login.</source>
        <translation>Ingen e-post: inget välkomstmejl kan skickas. Be användaren logga in med BankID; hen anger en e-postadress vid första inloggningen.</translation>
    </message>
    <message>
        <source>Not ready to be invited: missing {missing}.</source>
        <translation>Inte redo att bjudas in: saknar {missing}.</translation>
    </message>
    <message>
        <source>This user is no longer on the account&apos;s licences.</source>
        <translation>Användaren finns inte längre bland kontots licenser.</translation>
    </message>
    <message>
        <source>Someone else changed this user since you opened it; nothing was saved.</source>
        <translation>Någon annan har ändrat användaren sedan du öppnade den; ingenting sparades.</translation>
    </message>
    <message>
        <source>Too few: the account needs licences for {in_use} users at least.</source>
        <translation>För få: kontot behöver licenser för minst {in_use} användare.</translation>
    </message>
    <message>
        <source>Too many: at most {most} licences at a time.</source>
        <translation>För många: högst {most} licenser åt gången.</translation>
    </message>
    <message>
        <source>Already given for {name}, another user of this account.</source>
        <translation>Redan angivet för {name}, en annan användare på det här kontot.</translation>
    </message>
    <message>
        <source>The approver is not a user of this account any more.</source>
        <translation>Den attestansvariga är inte längre användare på det här kontot.</translation>
    </message>
    <message>
        <source>Still the approver of other users ({count}): choose them another approver first.</source>
        <translation>Är fortfarande attestansvarig för andra användare ({count}): välj först en annan attestansvarig för dem.</translation>
    </message>
    <message>
        <source>{name} is neither a bureau nor a reseller: only partners create accounts through a partnership.</source>
        <translation>{name} är varken byrå eller återförsäljare: bara partner kan skapa konton via ett samarbete.</translation>
    </message>
    <message>
        <source>This product is no longer in the catalogue.</source>
        <translation>Produkten finns inte längre i katalogen.</translation>
    </message>
    <message>
        <source>This account&apos;s partnership no longer exists.</source>
        <translation>Kontots samarbete finns inte längre.</translation>
    </message>
    <message>
        <source>Someone else changed the agreement since you opened it; nothing was saved.</source>
        <translation>Någon annan har ändrat avtalet sedan du öppnade det; ingenting sparades.</translation>
    </message>
    <message>
        <source>A code of lower-case letters a–z, digits and _ (at most 40), e.g. easy_plus.</source>
        <translation>En kod av gemena bokstäver a–z, siffror och _ (högst 40), t.ex. easy_plus.</translation>
    </message>
    <message>
        <source>A price cannot be negative.</source>
        <translation>Ett pris kan inte vara negativt.</translation>
    </message>
    <message>
        <source>A currency code of three letters, e.g. SEK, DKK, NOK or EUR.</source>
        <translation>En valutakod med tre bokstäver, t.ex. SEK, DKK, NOK eller EUR.</translation>
    </message>
    <message>
        <source>The reseller price must not be above the licence price.</source>
        <translation>Återförsäljarpriset får inte vara högre än licenspriset.</translation>
    </message>
    <message>
        <source>The product {name} has this code already.</source>
        <translation>Produkten {name} har redan den här koden.</translation>
    </message>
    <message>
        <source>This account was not created through a partnership: it has no licences to give.</source>
        <translation>Det här kontot har inte skapats via ett samarbete: det har inga licenser att dela ut.</translation>
    </message>
    <message>
        <source>Not a host name or IP address (e.g. smtp.example.com).</source>
        <translation>Inte ett värdnamn eller en IP-adress (t.ex. smtp.example.com).</translation>
    </message>
    <message>
        <source>A port from 1 to 65535.</source>
        <translation>En port från 1 till 65535.</translation>
    </message>
    <message>
        <source>Choose STARTTLS, TLS or none.</source>
        <translation>Välj STARTTLS, TLS eller ingen.</translation>
    </message>
    <message>
        <source>Unencrypted only to a mail server on this computer (localhost or 127.0.0.1): choose STARTTLS or TLS.</source>
        <translation>Okrypterat bara till en e-postserver på den här datorn (localhost eller 127.0.0.1): välj STARTTLS eller TLS.</translation>
    </message>
    <message>
        <source>A password needs a user name.</source>
        <translation>Ett lösenord kräver ett användarnamn.</translation>
    </message>
    <message>
        <source>The outgoing mail settings were changed by someone else since you opened them.</source>
        <translation>Inställningarna för utgående e-post har ändrats av någon annan sedan du öppnade dem.</translation>
    </message>
    <message>
        <source>The outgoing mail settings are incomplete: correct them in Outgoing mail.</source>
        <translation>Inställningarna för utgående e-post är ofullständiga: rätta dem under Utgående e-post.</translation>
    </message>
    <message>
        <source>No password is kept for {username} at {host} (without a keyring it is forgotten when custadmin closes): type it again in Outgoing mail.</source>
        <translation>Inget lösenord finns sparat för {username} på {host} (utan nyckelring glöms det när custadmin stängs): skriv det igen under Utgående e-post.</translation>
    </message>
    <message>
        <source>The email has no recipient.</source>
        <translation>Mejlet har ingen mottagare.</translation>
    </message>
    <message>
        <source>The mail server {server} refused the connection: are the host and port right, and is the server running?</source>
        <translation>E-postservern {server} nekade anslutningen: stämmer värd och port, och är servern igång?</translation>
    </message>
    <message>
        <source>The mail server {server} did not answer in time (seconds: {seconds}).</source>
        <translation>E-postservern {server} svarade inte i tid (sekunder: {seconds}).</translation>
    </message>
    <message>
        <source>The mail server&apos;s host name {host} is not known: check its spelling and the network.</source>
        <translation>E-postserverns värdnamn {host} är okänt: kontrollera stavningen och nätverket.</translation>
    </message>
    <message>
        <source>Cannot reach the mail server {server}: {reason}</source>
        <translation>Det går inte att nå e-postservern {server}: {reason}</translation>
    </message>
    <message>
        <source>The mail server {server} closed the connection unexpectedly; the email was not sent.</source>
        <translation>E-postservern {server} stängde anslutningen oväntat; mejlet skickades inte.</translation>
    </message>
    <message>
        <source>The mail server {server} refused to serve custadmin: {reply}</source>
        <translation>E-postservern {server} vägrade betjäna custadmin: {reply}</translation>
    </message>
    <message>
        <source>The mail server {server} does not offer STARTTLS, and custadmin never sends unencrypted: choose TLS (often port 465) or ask the server&apos;s administrator.</source>
        <translation>E-postservern {server} erbjuder inte STARTTLS, och custadmin skickar aldrig okrypterat: välj TLS (ofta port 465) eller fråga serverns administratör.</translation>
    </message>
    <message>
        <source>The certificate of the mail server {server} is not trusted: {reason}</source>
        <translation>Certifikatet för e-postservern {server} är inte betrott: {reason}</translation>
    </message>
    <message>
        <source>The encrypted connection to {server} failed ({reason}): does the server expect STARTTLS or TLS on this port?</source>
        <translation>Den krypterade anslutningen till {server} misslyckades ({reason}): förväntar sig servern STARTTLS eller TLS på den här porten?</translation>
    </message>
    <message>
        <source>The mail server refused the user name or password: {reply}</source>
        <translation>E-postservern godtog inte användarnamnet eller lösenordet: {reply}</translation>
    </message>
    <message>
        <source>The mail server {server} offers no login custadmin can use on this connection: leave the user name empty, or choose another port or security.</source>
        <translation>E-postservern {server} erbjuder ingen inloggning som custadmin kan använda på den här anslutningen: lämna användarnamnet tomt, eller välj en annan port eller säkerhet.</translation>
    </message>
    <message>
        <source>The mail server refused the sender {sender}: {reply}</source>
        <translation>E-postservern godtog inte avsändaren {sender}: {reply}</translation>
    </message>
    <message>
        <source>The mail server refused to deliver to {recipients}: {reply}</source>
        <translation>E-postservern vägrade leverera till {recipients}: {reply}</translation>
    </message>
    <message>
        <source>The email went to the other recipients, but the mail server refused {recipients}: {reply}</source>
        <translation>Mejlet gick till de övriga mottagarna, men e-postservern godtog inte {recipients}: {reply}</translation>
    </message>
    <message>
        <source>The mail server refused the email: {reply}</source>
        <translation>E-postservern godtog inte mejlet: {reply}</translation>
    </message>
    <message>
        <source>The mail server answered with an error: {reply}</source>
        <translation>E-postservern svarade med ett fel: {reply}</translation>
    </message>
    <message>
        <source>Sending the email failed: {reason}</source>
        <translation>Det gick inte att skicka mejlet: {reason}</translation>
    </message>
    <message>
        <source>Cannot write the email into the outbox folder {folder}: {reason}</source>
        <translation>Det går inte att skriva mejlet till utkorgsmappen {folder}: {reason}</translation>
    </message>
    <message>
        <source>Choose a month from 1 to 12 of a year from 1 to 9999 (not month {month} of {year}).</source>
        <translation>Välj en månad från 1 till 12 i ett år från 1 till 9999 (inte månad {month} år {year}).</translation>
    </message>
    <message>
        <source>{name} had no reseller agreement in this month, and a collective invoice needs one.</source>
        <translation>{name} hade inget återförsäljaravtal den här månaden, och en samlingsfaktura kräver ett.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Reseller price per month</source>
        <translation>Återförsäljarpris per månad</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Licences at start</source>
        <translation>Licenser vid månadens början</translation>
    </message>
    <message>
        <source>Licences at end</source>
        <translation>Licenser vid månadens slut</translation>
    </message>
    <message>
        <source>Licence-days</source>
        <translation>Licensdagar</translation>
    </message>
    <message>
        <source>Changes in the month</source>
        <translation>Ändringar under månaden</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Add-on</source>
        <translation>Tilläggstjänst</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>{head} or {tail}</source>
        <translation>{head} eller {tail}</translation>
    </message>
    <message>
        <source>{head}, {tail}</source>
        <translation>{head}, {tail}</translation>
    </message>
    <message>
        <source>{head}; {tail}</source>
        <translation>{head}; {tail}</translation>
    </message>
</context>
<context>
    <name>EInvoiceCatalogue</name>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Access point&apos;s Peppol ID</source>
        <translation>Accesspunktens Peppol-ID</translation>
    </message>
    <message>
        <source>e.g. 0007:5567321707</source>
        <translation>t.ex. 0007:5567321707</translation>
    </message>
    <message>
        <source>Place in the order</source>
        <translation>Plats i ordningen</translation>
    </message>
    <message>
        <source>0 for the lowest tier</source>
        <translation>0 för den lägsta nivån</translation>
    </message>
</context>
<context>
    <name>EInvoiceNetwork</name>
    <message>
        <source>pending since {date}</source>
        <extracomment>The field the participant IDs are typed in (errors come as participant_ids.N).</extracomment>
        <translation>väntar sedan {date}</translation>
    </message>
    <message>
        <source>confirmed {date}</source>
        <translation>bekräftad {date}</translation>
    </message>
    <message>
        <source>rejected {date}</source>
        <translation>avvisad {date}</translation>
    </message>
    <message>
        <source>{state}; moving to {operator}</source>
        <translation>{state}; flyttar till {operator}</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Företagsnamn</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Organisation number</source>
        <translation>Organisationsnummer</translation>
    </message>
    <message>
        <source>e.g. 556036-0793</source>
        <translation>t.ex. 556036-0793</translation>
    </message>
    <message>
        <source>E-invoice operator</source>
        <translation>E-fakturaoperatör</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>where the confirmation is asked for</source>
        <translation>dit bekräftelsen begärs</translation>
    </message>
    <message>
        <source>Peppol IDs</source>
        <translation>Peppol-ID:n</translation>
    </message>
    <message>
        <source>e.g. 0007:5560360793; several separated by commas</source>
        <translation>t.ex. 0007:5560360793; flera åtskilda med kommatecken</translation>
    </message>
</context>
<context>
    <name>EInvoiceStateBox</name>
    <message>
        <source>E-invoicing</source>
        <extracomment>Colours of the method, as the login check uses them.</extracomment>
        <translation>E-faktura</translation>
    </message>
    <message>
        <source>E-invoice state</source>
        <translation>E-fakturastatus</translation>
    </message>
    <message>
        <source>The customer re&amp;quires e-invoices</source>
        <translation>Kun&amp;den kräver e-faktura</translation>
    </message>
    <message>
        <source>Invoices are then never sent as PDF or on paper: they are held until the customer can receive e-invoices.</source>
        <translation>Fakturor skickas då aldrig som PDF eller på papper: de hålls inne tills kunden kan ta emot e-faktura.</translation>
    </message>
    <message>
        <source>Search the net&amp;work</source>
        <translation>Sök &amp;i nätverket</translation>
    </message>
    <message>
        <source>Find the customer in the e-invoice network by organisation number</source>
        <translation>Hitta kunden i e-fakturanätverket på organisationsnummer</translation>
    </message>
    <message>
        <source>Register in the networ&amp;k…</source>
        <translation>Re&amp;gistrera i nätverket…</translation>
    </message>
    <message>
        <source>Searches first; registers the customer if the network does not know it</source>
        <translation>Söker först; registrerar kunden om nätverket inte känner till den</translation>
    </message>
    <message>
        <source>Reading the e-invoice state…</source>
        <translation>Läser e-fakturastatus…</translation>
    </message>
    <message>
        <source>&lt;b style=&quot;color: {colour}&quot;&gt;{method}&lt;/b&gt; — {why}</source>
        <translation>&lt;b style=&quot;color: {colour}&quot;&gt;{method}&lt;/b&gt; — {why}</translation>
    </message>
</context>
<context>
    <name>EInvoiceTexts</name>
    <message>
        <source>pending</source>
        <extracomment>Qt&apos;s translate under the name pyside6-lupdate looks for.</extracomment>
        <translation>väntar</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>bekräftad</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>avvisad</translation>
    </message>
    <message>
        <source>e-invoice (Peppol)</source>
        <translation>e-faktura (Peppol)</translation>
    </message>
    <message>
        <source>PDF by email</source>
        <translation>PDF via e-post</translation>
    </message>
    <message>
        <source>paper</source>
        <translation>papper</translation>
    </message>
    <message>
        <source>held</source>
        <translation>innehållen</translation>
    </message>
    <message>
        <source>Receives e-invoices</source>
        <translation>Tar emot e-faktura</translation>
    </message>
    <message>
        <source>Moving to another operator</source>
        <translation>Flyttar till annan operatör</translation>
    </message>
    <message>
        <source>No Peppol ID</source>
        <translation>Inget Peppol-ID</translation>
    </message>
    <message>
        <source>Not in the network</source>
        <translation>Inte i nätverket</translation>
    </message>
    <message>
        <source>Registration pending</source>
        <translation>Registrering väntar</translation>
    </message>
    <message>
        <source>Registration rejected</source>
        <translation>Registrering avvisad</translation>
    </message>
    <message>
        <source>Cannot receive invoices</source>
        <translation>Kan inte ta emot fakturor</translation>
    </message>
    <message>
        <source>Our tier does not reach it</source>
        <translation>Vår nivå når den inte</translation>
    </message>
    <message>
        <source>invoice</source>
        <translation>faktura</translation>
    </message>
    <message>
        <source>credit note</source>
        <translation>kreditnota</translation>
    </message>
</context>
<context>
    <name>EditorPage</name>
    <message>
        <source>{operator} at {time}</source>
        <extracomment>Qt&apos;s translate under the name pyside6-lupdate looks for. A service call to run on a worker. How often a page on screen asks whether its record changed elsewhere.</extracomment>
        <translation>{operator} den {time}</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <extracomment>What no longer applies once there is nothing unsaved. The operator&apos;s edits (un)became unsaved. Anything the operator changed (for live views that follow the draft). Saved, or another action of the page stored something: the new ``Stored``. Someone else&apos;s change was read and is now shown (no unsaved edits were there). What saving here needs; the Save button says why when the operator lacks it. The kind of :class:`ChangeSubject` the page edits (&quot;account&quot;, …): the page then watches for changes saved elsewhere. None: it does not. The row of :meth:`button_row`, once the page has laid it out. After *Keep my edits*: fields both changed → the value the other saved.</extracomment>
        <translation>Å&amp;ngra</translation>
    </message>
    <message>
        <source>Undo every unsaved change (Esc)</source>
        <translation>Ångra alla osparade ändringar (Esc)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>Save the changes (Ctrl+S)</source>
        <translation>Spara ändringarna (Ctrl+S)</translation>
    </message>
    <message>
        <source>This page</source>
        <translation>Den här sidan</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Sparat.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Läser in…</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Sparar…</translation>
    </message>
    <message>
        <source>Not saved: correct the fields marked in red.</source>
        <translation>Inte sparat: rätta fälten som är markerade med rött.</translation>
    </message>
    <message>
        <source>Not saved: changed by someone else.</source>
        <translation>Inte sparat: ändrat av någon annan.</translation>
    </message>
    <message>
        <source>Their changes are loaded underneath yours; Save to apply yours.</source>
        <translation>Deras ändringar har lästs in under dina; klicka på Spara för att tillämpa dina.</translation>
    </message>
    <message>
        <source>Not saved; your edits are still in the form.</source>
        <translation>Inte sparat; dina ändringar finns kvar i formuläret.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Inte sparat</translation>
    </message>
    <message>
        <source>Updated: {who} saved a change.</source>
        <translation>Uppdaterat: en ändring sparades av {who}.</translation>
    </message>
    <message>
        <source>Updated: someone else saved a change.</source>
        <translation>Uppdaterat: någon annan sparade en ändring.</translation>
    </message>
    <message>
        <source>{who} saved a change meanwhile: Save will show you what changed.</source>
        <translation>En ändring sparades under tiden av {who}: Spara visar vad som ändrades.</translation>
    </message>
    <message>
        <source>Someone else saved a change meanwhile: Save will show you what changed.</source>
        <translation>Någon annan sparade en ändring under tiden: Spara visar vad som ändrades.</translation>
    </message>
    <message>
        <source>ticked</source>
        <translation>ikryssad</translation>
    </message>
    <message>
        <source>not ticked</source>
        <translation>inte ikryssad</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>&amp;Reaches recipients at other operators</source>
        <translation>&amp;Når mottagare hos andra operatörer</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>An unexpected error stopped this; nothing was changed. See the log for details.</source>
        <extracomment>The translation context of every domain message.</extracomment>
        <translation>Ett oväntat fel stoppade detta; ingenting ändrades. Se loggen för mer information.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Export search result</source>
        <translation>Exportera sökresultat</translation>
    </message>
    <message>
        <source>Export register</source>
        <translation>Exportera kundregister</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, comma-separated (*.csv)</source>
        <translation>Excel-arbetsbok (*.xlsx);;CSV, kommaavgränsad (*.csv)</translation>
    </message>
    <message>
        <source>Export with full identity numbers</source>
        <translation>Exportera med fullständiga personnummer</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>Skriver {file}…</translation>
    </message>
    <message>
        <source>Personal identity numbers are in full: keep the file safe. The export is recorded in the audit trail.</source>
        <translation>Personnumren är fullständiga: förvara filen säkert. Exporten registreras i ändringsloggen.</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Exporten avbröts: ingen fil skrevs.</translation>
    </message>
    <message>
        <source>Nothing was exported: {reason}</source>
        <translation>Ingenting exporterades: {reason}</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Account name</source>
        <extracomment>&quot;text&quot;, &quot;account_country&quot;, &quot;contact_country&quot;, &quot;service_type&quot;, or &quot;choice&quot; (a list the form&apos;s owner fills: ``editor(key)`` is a :class:`CodeCombo`).</extracomment>
        <translation>Kontonamn</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Organisation number</source>
        <translation>Organisationsnummer</translation>
    </message>
    <message>
        <source>e.g. 556036-0793; empty for a private customer</source>
        <translation>t.ex. 556036-0793; tomt för privatkund</translation>
    </message>
    <message>
        <source>Peppol ID</source>
        <translation>Peppol-ID</translation>
    </message>
    <message>
        <source>for e-invoices, e.g. 0007:5560360793</source>
        <translation>för e-fakturor, t.ex. 0007:5560360793</translation>
    </message>
    <message>
        <source>Service type</source>
        <translation>Tjänstetyp</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Organisationsnamn</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>namn@example.com</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>e.g. 070-123 45 67</source>
        <translation>t.ex. 070-123 45 67</translation>
    </message>
    <message>
        <source>Address line 1</source>
        <translation>Adressrad 1</translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation>Adressrad 2</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Required</source>
        <extracomment>Emitted with the key of a field whose value changed. Emitted with the key of a field the operator left (editing finished).</extracomment>
        <translation>Obligatoriskt</translation>
    </message>
</context>
<context>
    <name>FindPage</name>
    <message>
        <source>Find the client&apos;s account</source>
        <translation>Hitta klientens konto</translation>
    </message>
    <message>
        <source>Search by name, organisation number, customer number, email or phone, then choose the account.</source>
        <translation>Sök på namn, organisationsnummer, kundnummer, e-post eller telefon och välj sedan kontot.</translation>
    </message>
    <message>
        <source>what the caller tells you</source>
        <translation>det som uppringaren berättar</translation>
    </message>
    <message>
        <source>Se&amp;arch:</source>
        <translation>Sö&amp;k:</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Hitta</translation>
    </message>
    <message>
        <source>Accounts found</source>
        <translation>Hittade konton</translation>
    </message>
    <message>
        <source>No account matches. To add a client that has no account yet, go back and create one.</source>
        <translation>Inget konto matchar. Gå tillbaka och skapa ett konto för att lägga till en klient som inte har något konto än.</translation>
    </message>
</context>
<context>
    <name>FormPage</name>
    <message>
        <source>The connection form</source>
        <translation>Sammankopplingsblanketten</translation>
    </message>
    <message>
        <source>The client&apos;s system administrator or an authorised signatory must sign it. After Finish, save the form as a PDF from the Clients tab and send it.</source>
        <translation>Klientens systemadministratör eller en firmatecknare måste signera den. Spara blanketten som PDF på fliken Klienter efter Slutför och skicka den.</translation>
    </message>
    <message>
        <source>Consultant &amp;responsible:</source>
        <translation>&amp;Ansvarig konsult:</translation>
    </message>
    <message>
        <source>To be signed &amp;by:</source>
        <translation>Ska signeras a&amp;v:</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Klient:</translation>
    </message>
</context>
<context>
    <name>Frame</name>
    <message>
        <source>About custadmin</source>
        <extracomment>Qt&apos;s translate under the name pyside6-lupdate looks for.</extracomment>
        <translation>Om custadmin</translation>
    </message>
    <message>
        <source>custadmin {version}
Administration of customer accounts.

Database: {database}
Log folder: {logs}</source>
        <translation>custadmin {version}
Administration av kundkonton.

Databas: {database}
Loggmapp: {logs}</translation>
    </message>
    <message>
        <source>The system&apos;s language ({language})</source>
        <translation>Systemets språk ({language})</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>custadmin speaks:</source>
        <translation>custadmin använder:</translation>
    </message>
    <message>
        <source>custadmin speaks {language} from its next start.</source>
        <translation>custadmin använder {language} från nästa start.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Handläggare</translation>
    </message>
    <message>
        <source>For caller</source>
        <translation>Uppringare</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ändring</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Lösenordet ändrat</translation>
    </message>
    <message>
        <source>{field}: {before} → {after}</source>
        <translation>{field}: {before} → {after}</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tomt)</translation>
    </message>
    <message>
        <source>{caller} (verified by {how})</source>
        <translation>{caller} (verifierad via {how})</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Show changes of field</source>
        <translation>Visa ändringar av fält</translation>
    </message>
    <message>
        <source>Show changes by operator</source>
        <translation>Visa ändringar gjorda av handläggare</translation>
    </message>
    <message>
        <source>F&amp;ield:</source>
        <translation>&amp;Fält:</translation>
    </message>
    <message>
        <source>&amp;Operator:</source>
        <translation>Han&amp;dläggare:</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Läser…</translation>
    </message>
    <message>
        <source>Every field</source>
        <translation>Alla fält</translation>
    </message>
    <message>
        <source>Every operator</source>
        <translation>Alla handläggare</translation>
    </message>
    <message>
        <source>No changes recorded</source>
        <translation>Inga ändringar registrerade</translation>
    </message>
    <message numerus="yes">
        <source>%Ln changes</source>
        <translation>
            <numerusform>%Ln ändring</numerusform>
            <numerusform>%Ln ändringar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import customers</source>
        <translation>Importera kunder</translation>
    </message>
    <message>
        <source>A CSV or Excel (.xlsx) file, one contact per row</source>
        <translation>En CSV- eller Excel-fil (.xlsx), en kontakt per rad</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Fil att importera</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Välj fil…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolumner</translation>
    </message>
    <message>
        <source>Colu&amp;mns (guessed from the headers; * required)</source>
        <translation>Kolu&amp;mner (gissade utifrån rubrikerna; * obligatorisk)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Förhandsgranskning</translation>
    </message>
    <message>
        <source>&amp;Preview (first {n} rows)</source>
        <translation>Förhands&amp;granskning (första {n} raderna)</translation>
    </message>
    <message>
        <source>C&amp;heck the file</source>
        <translation>&amp;Kontrollera filen</translation>
    </message>
    <message>
        <source>Choose a file to import.</source>
        <translation>Välj en fil att importera.</translation>
    </message>
    <message>
        <source>Refused lines</source>
        <translation>Avvisade rader</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>&amp;Spara rapport…</translation>
    </message>
    <message>
        <source>&amp;Refused lines</source>
        <translation>&amp;Avvisade rader</translation>
    </message>
    <message>
        <source>&amp;Import valid accounts</source>
        <translation>&amp;Importera giltiga konton</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Customer files (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>Kundfiler (*.csv *.txt *.xlsx);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Save the refused lines</source>
        <translation>Spara de avvisade raderna</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Läser filen…</translation>
    </message>
    <message>
        <source>This file cannot be imported.</source>
        <translation>Den här filen kan inte importeras.</translation>
    </message>
    <message>
        <source>No column chosen for: {fields}.</source>
        <translation>Ingen kolumn vald för: {fields}.</translation>
    </message>
    <message>
        <source>Check the columns on the left, then check the file: nothing is imported yet.</source>
        <translation>Kontrollera kolumnerna till vänster och kontrollera sedan filen: inget har importerats än.</translation>
    </message>
    <message>
        <source>Refused lines appear here after the check.</source>
        <translation>Avvisade rader visas här efter kontrollen.</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Kontrollerar varje rad…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Kontrollerar…</translation>
    </message>
    <message>
        <source>This file cannot be imported: see below.</source>
        <translation>Den här filen kan inte importeras: se nedan.</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln rows are valid: {accounts} with {contacts}.</source>
        <translation>
            <numerusform>%Ln rad är giltig: {accounts} med {contacts}.</numerusform>
            <numerusform>Alla %Ln rader är giltiga: {accounts} med {contacts}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts</source>
        <translation>
            <numerusform>%Ln kontakt</numerusform>
            <numerusform>%Ln kontakter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows checked: {accounts} with {contacts} are valid; {refused} (below). Refused lines are not imported, and neither is the rest of their account.</source>
        <translation>
            <numerusform>%Ln rad kontrollerad: {accounts} med {contacts} är giltiga; {refused} (nedan). Avvisade rader importeras inte, och inte heller resten av deras konto.</numerusform>
            <numerusform>%Ln rader kontrollerade: {accounts} med {contacts} är giltiga; {refused} (nedan). Avvisade rader importeras inte, och inte heller resten av deras konto.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln lines are refused</source>
        <translation>
            <numerusform>%Ln rad avvisas</numerusform>
            <numerusform>%Ln rader avvisas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %Ln valid accounts</source>
        <translation>
            <numerusform>&amp;Importera %Ln giltigt konto</numerusform>
            <numerusform>&amp;Importera %Ln giltiga konton</numerusform>
        </translation>
    </message>
    <message>
        <source>Cl&amp;ose</source>
        <translation>S&amp;täng</translation>
    </message>
    <message>
        <source>Check cancelled. Nothing was imported.</source>
        <translation>Kontrollen avbröts. Inget importerades.</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Spara rapport</translation>
    </message>
    <message>
        <source>The report could not be saved: {reason}</source>
        <translation>Rapporten kunde inte sparas: {reason}</translation>
    </message>
    <message>
        <source>Report saved to {path}.</source>
        <translation>Rapporten sparades i {path}.</translation>
    </message>
    <message numerus="yes">
        <source>Importing %Ln accounts…</source>
        <translation>
            <numerusform>Importerar %Ln konto…</numerusform>
            <numerusform>Importerar %Ln konton…</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported {accounts} with {contacts}.</source>
        <translation>Importerade {accounts} med {contacts}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln accounts were left out: someone stored them while you were checking.</source>
        <translation>
            <numerusform>%Ln konto utelämnades: någon annan sparade det medan du kontrollerade filen.</numerusform>
            <numerusform>%Ln konton utelämnades: någon annan sparade dem medan du kontrollerade filen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled: nothing was imported.</source>
        <translation>Importen avbröts: inget importerades.</translation>
    </message>
    <message>
        <source>— not in the file —</source>
        <translation>— finns inte i filen —</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <source>Account reference</source>
        <translation>Kontoreferens</translation>
    </message>
</context>
<context>
    <name>InternetPage</name>
    <message>
        <source>&amp;Save rights</source>
        <extracomment>Rows shown before the matrix scrolls; portal users per account are few. The operator wants the login check for this user name.</extracomment>
        <translation>&amp;Spara behörigheter</translation>
    </message>
    <message>
        <source>Undo every unsaved tick</source>
        <translation>Ångra alla osparade kryss</translation>
    </message>
    <message>
        <source>Portal rights per user</source>
        <translation>Portalbehörigheter per användare</translation>
    </message>
    <message>
        <source>No one may log in to the portal for this account. Give a contact portal access on Manage contacts.</source>
        <translation>Ingen får logga in i portalen för det här kontot. Ge en kontakt portalåtkomst under Hantera kontakter.</translation>
    </message>
    <message>
        <source>Portal user</source>
        <translation>Portalanvändare</translation>
    </message>
    <message>
        <source>Rights of the selected user</source>
        <translation>Behörigheter för vald användare</translation>
    </message>
    <message>
        <source>&amp;Login check for this user…</source>
        <translation>&amp;Inloggningskontroll för den här användaren…</translation>
    </message>
    <message>
        <source>What the portal answers when this person logs in: the companies they may choose, their rights there, or exactly why they cannot log in.</source>
        <translation>Vad portalen svarar när den här personen loggar in: vilka företag personen kan välja, behörigheterna där eller exakt varför personen inte kan logga in.</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Användarnamn:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Lösenord:</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Inloggning:</translation>
    </message>
    <message>
        <source>Also logs in for:</source>
        <translation>Loggar även in för:</translation>
    </message>
    <message>
        <source>Control panel:</source>
        <translation>Kontrollpanel:</translation>
    </message>
    <message>
        <source>Ri&amp;ghts in the portal (following unsaved ticks):</source>
        <translation>&amp;Behörigheter i portalen (följer osparade bockar):</translation>
    </message>
    <message>
        <source>The portal rights</source>
        <translation>Portalbehörigheterna</translation>
    </message>
    <message>
        <source>Service type: {kind} (change it on My details)</source>
        <translation>Tjänsttyp: {kind} (ändra den under Mina uppgifter)</translation>
    </message>
    <message>
        <source>Rights saved.</source>
        <translation>Behörigheterna har sparats.</translation>
    </message>
    <message>
        <source>{name}: {right}</source>
        <translation>{name}: {right}</translation>
    </message>
    <message>
        <source>Portal user: {name}</source>
        <translation>Portalanvändare: {name}</translation>
    </message>
    <message>
        <source>Portal user: {name} (main contact)</source>
        <translation>Portalanvändare: {name} (huvudkontakt)</translation>
    </message>
    <message>
        <source>Password set</source>
        <translation>Lösenord angivet</translation>
    </message>
    <message>
        <source>No password: this person cannot log in until one is set on Manage contacts.</source>
        <translation>Inget lösenord: personen kan inte logga in förrän ett lösenord har angetts under Hantera kontakter.</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiverad</translation>
    </message>
    <message>
        <source>Disabled: no one can log in with it, for any account it serves.</source>
        <translation>Inaktiverad: ingen kan logga in med den, för något av kontona den används för.</translation>
    </message>
    <message>
        <source>{account} (customer {number}), as {name}{access}</source>
        <translation>{account} (kundnr {number}), som {name}{access}</translation>
    </message>
    <message>
        <source> — portal access off</source>
        <translation> — portalåtkomst avstängd</translation>
    </message>
    <message>
        <source>No other account</source>
        <translation>Inget annat konto</translation>
    </message>
</context>
<context>
    <name>Invitations</name>
    <message>
        <source>into the outbox folder</source>
        <extracomment>Qt&apos;s translate under the name pyside6-lupdate looks for. (name, why) (name, why): refused before any mail (no email, not ready).</extracomment>
        <translation>till utkorgsmappen</translation>
    </message>
    <message>
        <source>through the mail server</source>
        <translation>via e-postservern</translation>
    </message>
    <message>
        <source>Failed for {name}: {why}</source>
        <translation>Misslyckades för {name}: {why}</translation>
    </message>
    <message>
        <source>Send the invitation again to retry a failed one.</source>
        <translation>Välj Skicka inbjudan igen för att försöka igen med en misslyckad.</translation>
    </message>
    <message>
        <source>None for {name}: {why}</source>
        <translation>Ingen inbjudan till {name}: {why}</translation>
    </message>
    <message>
        <source>Cancelled: the others were not sent.</source>
        <translation>Avbrutet: de övriga skickades inte.</translation>
    </message>
    <message>
        <source>Welcome emails</source>
        <translation>Välkomstmejl</translation>
    </message>
    <message>
        <source>Sending welcome emails…</source>
        <translation>Skickar välkomstmejl…</translation>
    </message>
</context>
<context>
    <name>InvoiceBasis</name>
    <message>
        <source>{day}: {before} → {after}</source>
        <extracomment>Qt&apos;s translate under the name pyside6-lupdate looks for.</extracomment>
        <translation>{day}: {before} → {after}</translation>
    </message>
    <message>
        <source>{product} (add-on)</source>
        <translation>{product} (tilläggstjänst)</translation>
    </message>
    <message>
        <source>Total: {amounts}</source>
        <translation>Totalt: {amounts}</translation>
    </message>
    <message>
        <source>No. {number}</source>
        <extracomment>The page&apos;s margins, in millimetres. Each column&apos;s share of the table&apos;s width, and its alignment. The CSV column titles over the PDF&apos;s columns.</extracomment>
        <translation>Nr {number}</translation>
    </message>
    <message>
        <source>Collective invoice basis</source>
        <translation>Underlag för samlingsfaktura</translation>
    </message>
    <message>
        <source>Created {date}</source>
        <translation>Skapat {date}</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Customer number {number}</source>
        <translation>Kundnummer {number}</translation>
    </message>
    <message>
        <source>Organisation number {number}</source>
        <translation>Organisationsnummer {number}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Sida {page} av {pages}</translation>
    </message>
    <message>
        <source>No customer of {partner} on the collective invoice had licences or add-ons in {period}.</source>
        <translation>Ingen av {partner}s kunder på samlingsfakturan hade licenser eller tilläggstjänster under {period}.</translation>
    </message>
    <message>
        <source>Licence-days: the licences in effect on each day of the month, added up (a customer whose partnership began during the month counts from that day; an add-on counts one licence on each day it is active). Amount: the licence-days × the reseller price per month ÷ {days}, the days of {period}, rounded to the nearest hundredth.</source>
        <translation>Licensdagar: licenserna som gällde varje dag i månaden, summerade (en kund vars samarbete började under månaden räknas från den dagen; en tilläggstjänst räknas som en licens varje dag den är aktiv). Belopp: licensdagarna × återförsäljarpriset per månad ÷ {days}, antalet dagar i {period}, avrundat till närmaste hundradel.</translation>
    </message>
</context>
<context>
    <name>InvoiceBasisDialog</name>
    <message>
        <source>Collective invoice basis</source>
        <extracomment>A basis was read and shown. A file was written: its path. Reading or exporting failed: what the operator is told.</extracomment>
        <translation>Underlag för samlingsfaktura</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Månad</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Månad:</translation>
    </message>
    <message>
        <source>Lines of the collective invoice basis</source>
        <translation>Rader i underlaget för samlingsfaktura</translation>
    </message>
    <message>
        <source>&amp;Lines:</source>
        <translation>&amp;Rader:</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xportera CSV…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exportera &amp;PDF…</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Läser…</translation>
    </message>
    <message>
        <source>Collective invoice basis — {partner}</source>
        <translation>Underlag för samlingsfaktura — {partner}</translation>
    </message>
    <message>
        <source>{partner}: collective invoice basis for {period}</source>
        <translation>{partner}: underlag för samlingsfaktura, {period}</translation>
    </message>
    <message>
        <source>Customer number {number}</source>
        <translation>Kundnummer {number}</translation>
    </message>
    <message>
        <source>Organisation number {number}</source>
        <translation>Organisationsnummer {number}</translation>
    </message>
    <message>
        <source>{customers} customers, {lines} lines. Each amount: the licence-days × the reseller price per month ÷ {days} days, rounded to the nearest hundredth.</source>
        <translation>{customers} kunder, {lines} rader. Varje belopp: licensdagarna × återförsäljarpriset per månad ÷ {days} dagar, avrundat till närmaste hundradel.</translation>
    </message>
    <message>
        <source>{partner} has no customers on a collective invoice. A customer is on it when its partnership invoices the partner with the collective invoice.</source>
        <translation>{partner} har inga kunder på någon samlingsfaktura. En kund kommer med när dess samarbete faktureras partnern på samlingsfakturan.</translation>
    </message>
    <message>
        <source>Nothing to invoice {partner} for {period}: none of its customers on the collective invoice had licences or add-ons in that month.</source>
        <translation>Inget att fakturera {partner} för {period}: ingen av dess kunder på samlingsfakturan hade licenser eller tilläggstjänster den månaden.</translation>
    </message>
    <message>
        <source>CSV, comma-separated (*.csv)</source>
        <translation>CSV, kommaseparerad (*.csv)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Export the collective invoice basis</source>
        <translation>Exportera underlaget för samlingsfaktura</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>Sparat i {path}.</translation>
    </message>
    <message>
        <source>Nothing was saved: {why}</source>
        <translation>Inget sparades: {why}</translation>
    </message>
</context>
<context>
    <name>InvoiceBasisModel</name>
    <message>
        <source>Customer no.</source>
        <extracomment>The CSV&apos;s column (its full title, the header&apos;s tooltip) under each of the table&apos;s columns: kind and currency are in the product and money cells, and the changes come last, where the row has room for them, so that the amount is always in view.</extracomment>
        <translation>Kundnr</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Org. no.</source>
        <translation>Org.nr</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Price/month</source>
        <translation>Pris/mån</translation>
    </message>
    <message>
        <source>At start</source>
        <translation>I början</translation>
    </message>
    <message>
        <source>At end</source>
        <translation>I slutet</translation>
    </message>
    <message>
        <source>Licence-days</source>
        <translation>Licensdagar</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>Changes in the month</source>
        <translation>Ändringar under månaden</translation>
    </message>
</context>
<context>
    <name>InvoicingPage</name>
    <message>
        <source>Invoicing</source>
        <translation>Fakturering</translation>
    </message>
    <message>
        <source>Who pays for the customer&apos;s licences and add-ons?</source>
        <translation>Vem betalar för kundens licenser och tilläggstjänster?</translation>
    </message>
    <message>
        <source>Invoice the &amp;partner, {name}</source>
        <translation>Fakturera &amp;partnern, {name}</translation>
    </message>
    <message>
        <source>Invoice the &amp;customer</source>
        <translation>Fakturera &amp;kunden</translation>
    </message>
    <message>
        <source>On the partner&apos;s monthly c&amp;ollective invoice, at reseller prices</source>
        <translation>På partnerns &amp;månatliga samlingsfaktura, till återförsäljarpriser</translation>
    </message>
    <message>
        <source>{name} has a reseller agreement since {date}.</source>
        <translation>{name} har återförsäljaravtal sedan {date}.</translation>
    </message>
    <message>
        <source>{name} has no reseller agreement recorded: its collective invoice is not available.</source>
        <translation>{name} har inget registrerat återförsäljaravtal: samlingsfaktura är inte tillgänglig.</translation>
    </message>
    <message>
        <source>Who is invoiced?</source>
        <translation>Vem faktureras?</translation>
    </message>
</context>
<context>
    <name>LicenceTexts</name>
    <message>
        <source>Reporter</source>
        <extracomment>Qt&apos;s translate under the name pyside6-lupdate looks for.</extracomment>
        <translation>Rapportör</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>Attestansvarig</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administratör</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Månadslön</translation>
    </message>
    <message>
        <source>Hourly</source>
        <translation>Timlön</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>Inte redo</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Skickad</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Misslyckad</translation>
    </message>
</context>
<context>
    <name>LicencesPage</name>
    <message>
        <source>This account was not created through a partnership: it has no licences. A partner creates one with File → New partnership…</source>
        <extracomment>The user&apos;s form has unsaved edits (True) or not any more (False). The user in the form (None: a new one). The personal identity number field&apos;s *Clear* was pressed. The form&apos;s values as shown: what :meth:`is_dirty` compares with. Called once the save under way is stored (the editor&apos;s leave guard).</extracomment>
        <translation>Det här kontot har inte skapats via ett samarbete: det har inga licenser. En partner skapar ett med Arkiv → Nytt samarbete…</translation>
    </message>
    <message>
        <source>Change licences</source>
        <translation>Ändra antal licenser</translation>
    </message>
    <message>
        <source>Each licence costs the same whatever the role; the change is recorded with today&apos;s date and your name</source>
        <translation>Varje licens kostar lika mycket oavsett roll; ändringen registreras med dagens datum och ditt namn</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Avtal</translation>
    </message>
    <message>
        <source>Licence users</source>
        <translation>Licensanvändare</translation>
    </message>
    <message>
        <source>Mail summary to the primary contact…</source>
        <translation>Mejla sammanfattningen till den primära kontaktpersonen…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Rensa</translation>
    </message>
    <message>
        <source>Remove the stored personal identity number</source>
        <translation>Ta bort det sparade personnumret</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Användare</translation>
    </message>
    <message>
        <source>Ne&amp;w user</source>
        <translation>N&amp;y användare</translation>
    </message>
    <message>
        <source>Remove user</source>
        <translation>Ta bort användare</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(inte angiven)</translation>
    </message>
    <message>
        <source>the partner, on its monthly collective invoice</source>
        <translation>partnern, på dess månatliga samlingsfaktura</translation>
    </message>
    <message>
        <source>the partner</source>
        <translation>partnern</translation>
    </message>
    <message>
        <source>the customer</source>
        <translation>kunden</translation>
    </message>
    <message>
        <source>Created by {partner} through a partnership on {when} ({who}). Version: {version}. Invoiced: {invoiced}. Primary contact: {primary}.</source>
        <translation>Skapat av {partner} via ett samarbete {when} ({who}). Version: {version}. Faktureras: {invoiced}. Primär kontaktperson: {primary}.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>In the agreement: {licences} · In use: {in_use} · Free: {free}</source>
        <translation>I avtalet: {licences} · Används: {in_use} · Lediga: {free}</translation>
    </message>
    <message>
        <source>Seat changes: {changes}</source>
        <translation>Ändringar av antalet licenser: {changes}</translation>
    </message>
    <message>
        <source>{day}: {before} → {after} ({who})</source>
        <translation>{day}: {before} → {after} ({who})</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation>(ingen än)</translation>
    </message>
    <message>
        <source>F&amp;irst name</source>
        <extracomment>The user&apos;s form. Labels carry their mnemonics (one letter each on the account page).</extracomment>
        <translation>&amp;Förnamn</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>Efter&amp;namn</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>R&amp;oll</translation>
    </message>
    <message>
        <source>E&amp;mail</source>
        <translation>E-&amp;post</translation>
    </message>
    <message>
        <source>Personal identity num&amp;ber</source>
        <translation>Personnu&amp;mmer</translation>
    </message>
    <message>
        <source>for BankID; empty keeps the stored one</source>
        <translation>för BankID; tomt behåller det sparade</translation>
    </message>
    <message>
        <source>Employment n&amp;umber</source>
        <translation>Ans&amp;tällningsnummer</translation>
    </message>
    <message>
        <source>Salar&amp;y type</source>
        <translation>&amp;Löneform</translation>
    </message>
    <message>
        <source>&amp;Approver</source>
        <translation>Attestansvari&amp;g</translation>
    </message>
    <message>
        <source>Li&amp;cences:</source>
        <translation>Li&amp;censer:</translation>
    </message>
    <message>
        <source>Add-ons:</source>
        <translation>Tilläggstjänster:</translation>
    </message>
    <message>
        <source>Save add-ons</source>
        <translation>Spara tilläggstjänster</translation>
    </message>
    <message>
        <source>Add-ons ticked are active from today, those unticked end today; the collective invoice counts their days</source>
        <translation>Markerade tilläggstjänster gäller från i dag, avmarkerade upphör i dag; samlingsfakturan räknar deras dagar</translation>
    </message>
    <message>
        <source>Copy summary</source>
        <translation>Kopiera sammanfattningen</translation>
    </message>
    <message>
        <source>&amp;Save user</source>
        <translation>&amp;Spara användare</translation>
    </message>
    <message>
        <source>Send invitati&amp;on</source>
        <translation>Skicka &amp;inbjudan</translation>
    </message>
    <message>
        <source>Invite all rea&amp;dy</source>
        <translation>&amp;Bjud in alla som är klara</translation>
    </message>
    <message>
        <source>Send the invitati&amp;on again</source>
        <translation>Skicka &amp;inbjudan igen</translation>
    </message>
    <message>
        <source>The new user</source>
        <translation>Den nya användaren</translation>
    </message>
    <message>
        <source>stored: {masked} (type to replace)</source>
        <translation>sparat: {masked} (skriv för att ersätta)</translation>
    </message>
    <message>
        <source>for BankID; optional when an email is given</source>
        <translation>för BankID; valfritt när en e-postadress är angiven</translation>
    </message>
    <message>
        <source>User: {name}</source>
        <translation>Användare: {name}</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Ny användare</translation>
    </message>
    <message>
        <source>removed when you save</source>
        <translation>tas bort när du sparar</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Sparar…</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>{name} har sparats.</translation>
    </message>
    <message>
        <source>Remove {name} from the account&apos;s licences? The licence becomes free; the agreement keeps its number of licences.</source>
        <translation>Ta bort {name} från kontots licenser? Licensen blir ledig; avtalet behåller sitt antal licenser.</translation>
    </message>
    <message>
        <source>Removed {name}.</source>
        <translation>{name} har tagits bort.</translation>
    </message>
    <message>
        <source>The agreement now has {count} licences.</source>
        <translation>Avtalet har nu {count} licenser.</translation>
    </message>
    <message>
        <source>The add-ons are saved.</source>
        <translation>Tilläggstjänsterna är sparade.</translation>
    </message>
    <message>
        <source>{name} ({role}): {state}</source>
        <translation>{name} ({role}): {state}</translation>
    </message>
    <message>
        <source>missing {what}</source>
        <translation>saknar {what}</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>redo</translation>
    </message>
    <message>
        <source>The summary is on the clipboard.</source>
        <translation>Sammanfattningen har kopierats till urklipp.</translation>
    </message>
    <message>
        <source>Users of {account}: what is missing</source>
        <translation>Användarna hos {account}: vad som saknas</translation>
    </message>
    <message>
        <source>No mail program opened: the summary is on the clipboard instead.</source>
        <translation>Inget e-postprogram öppnades: sammanfattningen har kopierats till urklipp i stället.</translation>
    </message>
    <message>
        <source>No invitation</source>
        <translation>Ingen inbjudan</translation>
    </message>
    <message>
        <source>Nobody is ready to be invited who has not been.</source>
        <translation>Ingen som inte redan har bjudits in är redo att bjudas in.</translation>
    </message>
</context>
<context>
    <name>LoginCheckDialog</name>
    <message>
        <source>Login check</source>
        <extracomment>A check&apos;s answer was shown (LoginCheck). Bumped by every edit of the fields and every check started: a result is shown only if nothing happened since its check started. The generation of the check whose answer is awaited, if any. The answer shown (never holds the password; LoginCheck has none).</extracomment>
        <translation>Inloggningskontroll</translation>
    </message>
    <message>
        <source>What the customer portal answers for a user name and, if the caller tells you, the password they typed. Nothing is changed and the password is not kept.</source>
        <translation>Vad kundportalen svarar för ett användarnamn och, om uppringaren berättar det, det lösenord som personen skrev. Inget ändras och lösenordet sparas inte.</translation>
    </message>
    <message>
        <source>the email address the person logs in with</source>
        <translation>e-postadressen som personen loggar in med</translation>
    </message>
    <message>
        <source>optional: what the caller typed</source>
        <translation>valfritt: det som uppringaren skrev</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>Show or hide the password typed</source>
        <translation>Visa eller dölj det inskrivna lösenordet</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Användarnamn:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Kontrollera</translation>
    </message>
    <message>
        <source>Company / rights in force</source>
        <translation>Företag / behörigheter som gäller</translation>
    </message>
    <message>
        <source>Customer no.</source>
        <translation>Kundnr</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Companies the person may act for</source>
        <translation>Företag som personen kan företräda</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Type the user name (the email address) first.</source>
        <translation>Skriv först användarnamnet (e-postadressen).</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Kontrollerar…</translation>
    </message>
    <message>
        <source>Login check failed</source>
        <translation>Inloggningskontrollen misslyckades</translation>
    </message>
    <message>
        <source>{company} (customer {number}): {contact}</source>
        <translation>{company} (kundnr {number}): {contact}</translation>
    </message>
    <message>
        <source>{served} — portal access off</source>
        <translation>{served} — portalåtkomst avstängd</translation>
    </message>
    <message>
        <source>This login serves:</source>
        <translation>Den här inloggningen används för:</translation>
    </message>
    <message>
        <source>{name} (main contact)</source>
        <translation>{name} (huvudkontakt)</translation>
    </message>
    <message>
        <source>No rights in force: none ticked for this person, or all switched off system-wide.</source>
        <translation>Inga behörigheter gäller: inga är ikryssade för den här personen, eller så är alla avstängda för hela systemet.</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Dölj</translation>
    </message>
</context>
<context>
    <name>MailSettingsDialog</name>
    <message>
        <source>Use the outbox instead</source>
        <translation>Använd utkorgen i stället</translation>
    </message>
    <message>
        <source>Forget the mail server {server} and its password? Emails will be written to the outbox folder until a server is set up again.</source>
        <translation>Glömma e-postservern {server} och dess lösenord? Mejl sparas i utkorgsmappen tills en server har ställts in igen.</translation>
    </message>
    <message>
        <source>Outgoing mail</source>
        <translation>Utgående e-post</translation>
    </message>
</context>
<context>
    <name>MailSettingsPage</name>
    <message>
        <source>Welcome emails go through this mail server. Without one they are written to the outbox folder, to be sent by hand:</source>
        <extracomment>The form&apos;s fields, in the order a failed save focuses them. What the snapshot holds for a typed password: never the password itself. The settings were read and can be edited (StoredMail). The password as typed, kept while the dialog is open so that a conflict (which shows the stored settings for a moment) can put it back.</extracomment>
        <translation>Välkomstmejl skickas via den här e-postservern. Utan en server sparas de i utkorgsmappen och får skickas manuellt:</translation>
    </message>
    <message>
        <source>e.g. smtp.example.com</source>
        <translation>t.ex. smtp.example.com</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (oftast port 587)</translation>
    </message>
    <message>
        <source>TLS from the start (usually port 465)</source>
        <translation>TLS från början (oftast port 465)</translation>
    </message>
    <message>
        <source>None: only a server on this computer</source>
        <translation>Ingen: bara en server på den här datorn</translation>
    </message>
    <message>
        <source>empty: the server needs no login</source>
        <translation>tomt: servern kräver ingen inloggning</translation>
    </message>
    <message>
        <source>e.g. noreply@example.com</source>
        <translation>t.ex. noreply@example.com</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>namn@example.com</translation>
    </message>
    <message>
        <source>Send test &amp;email</source>
        <translation>Skicka test&amp;mejl</translation>
    </message>
    <message>
        <source>Send an email through the settings as typed, before saving them</source>
        <translation>Skicka ett mejl med inställningarna som de är ifyllda, innan de sparas</translation>
    </message>
    <message>
        <source>Use the &amp;outbox instead</source>
        <translation>Använd &amp;utkorgen i stället</translation>
    </message>
    <message>
        <source>Forget this mail server and its password; emails go to the outbox folder</source>
        <translation>Glöm den här e-postservern och dess lösenord; mejl hamnar i utkorgsmappen</translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <translation>&amp;Värd</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>&amp;Port</translation>
    </message>
    <message>
        <source>Se&amp;curity</source>
        <translation>Sä&amp;kerhet</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Användarnamn</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>&amp;Lösenord</translation>
    </message>
    <message>
        <source>Se&amp;nder (From)</source>
        <translation>Avsän&amp;dare (From)</translation>
    </message>
    <message>
        <source>Test email &amp;to</source>
        <translation>Testmejl &amp;till</translation>
    </message>
    <message>
        <source>Test email to</source>
        <translation>Testmejl till</translation>
    </message>
    <message>
        <source>Cannot load the mail settings</source>
        <translation>Det går inte att läsa in e-postinställningarna</translation>
    </message>
    <message>
        <source>A password is stored in the system keyring. Leave the field empty to keep it, or type a new one.</source>
        <translation>Ett lösenord är sparat i systemets nyckelring. Lämna fältet tomt för att behålla det, eller skriv ett nytt.</translation>
    </message>
    <message>
        <source>A password is kept in memory until custadmin closes (no system keyring is available): type it again after a restart. Leave the field empty to keep it.</source>
        <translation>Ett lösenord hålls i minnet tills custadmin stängs (det finns ingen nyckelring i systemet): skriv det igen efter en omstart. Lämna fältet tomt för att behålla det.</translation>
    </message>
    <message>
        <source>No password is stored.</source>
        <translation>Inget lösenord är sparat.</translation>
    </message>
    <message>
        <source>The outgoing mail settings</source>
        <translation>Inställningarna för utgående e-post</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Värd</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Säkerhet</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <source>Sender (From)</source>
        <translation>Avsändare (From)</translation>
    </message>
    <message>
        <source>(typed, not shown)</source>
        <translation>(inskrivet, visas inte)</translation>
    </message>
    <message>
        <source>Test email from custadmin</source>
        <translation>Testmejl från custadmin</translation>
    </message>
    <message>
        <source>This email was sent from custadmin&apos;s Outgoing mail settings to try them. Welcome emails will go the same way.</source>
        <translation>Det här mejlet skickades från inställningarna för Utgående e-post i custadmin för att testa dem. Välkomstmejl skickas på samma sätt.</translation>
    </message>
    <message>
        <source>Not sent: correct the fields marked in red.</source>
        <translation>Inte skickat: rätta fälten som är markerade med rött.</translation>
    </message>
    <message>
        <source>Not sent: “{to}” is not an email address.</source>
        <translation>Inte skickat: ”{to}” är ingen e-postadress.</translation>
    </message>
    <message>
        <source>Sending a test email to {to}…</source>
        <translation>Skickar ett testmejl till {to}…</translation>
    </message>
    <message>
        <source>Test email sent to {to}.</source>
        <translation>Testmejlet skickades till {to}.</translation>
    </message>
    <message>
        <source>Not sent: {reason}</source>
        <translation>Inte skickat: {reason}</translation>
    </message>
    <message>
        <source>Emails go to the outbox folder now.</source>
        <translation>Mejl hamnar nu i utkorgsmappen.</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Inte ändrat</translation>
    </message>
</context>
<context>
    <name>MailTexts</name>
    <message>
        <source>General</source>
        <extracomment>Qt&apos;s translate under the name pyside6-lupdate looks for.</extracomment>
        <translation>Allmänt</translation>
    </message>
    <message>
        <source>Invoices &amp; reminders</source>
        <translation>Fakturor &amp; påminnelser</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Products &amp; services</source>
        <translation>Produkter &amp; tjänster</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Domäner</translation>
    </message>
    <message>
        <source>Affiliate</source>
        <translation>Affiliate</translation>
    </message>
    <message>
        <source>Payment confirmations</source>
        <translation>Betalningsbekräftelser</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Återställning av lösenord</translation>
    </message>
    <message>
        <source>Email verification</source>
        <translation>E-postverifiering</translation>
    </message>
    <message>
        <source>main contact: receives every message</source>
        <translation>huvudkontakt: får alla meddelanden</translation>
    </message>
    <message>
        <source>ticked “{category}”</source>
        <translation>har kryssat i ”{category}”</translation>
    </message>
    <message>
        <source>only the person it concerns; email preferences do not apply</source>
        <translation>endast den som det gäller; e-postinställningar gäller inte</translation>
    </message>
    <message>
        <source>not sent: payment confirmations go only to the main contact</source>
        <translation>skickas inte: betalningsbekräftelser går endast till huvudkontakten</translation>
    </message>
    <message>
        <source>not sent twice: the same address already receives it</source>
        <translation>skickas inte två gånger: samma adress får det redan</translation>
    </message>
    <message>
        <source>the main contact, because the account has a Peppol ID (an invoice contact is then not used)</source>
        <translation>huvudkontakten, eftersom kontot har ett Peppol-ID (då används ingen fakturakontakt)</translation>
    </message>
    <message>
        <source>the invoice contact</source>
        <translation>fakturakontakten</translation>
    </message>
    <message>
        <source>the main contact (no invoice contact is picked)</source>
        <translation>huvudkontakten (ingen fakturakontakt är vald)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>custadmin — {location}[*]</source>
        <extracomment>The database and the account editor are there (after attach). A unit of work found the operator&apos;s role changed (emitted from a worker). (account ID, contact ID or 0) asked to open before the editor was there.</extracomment>
        <translation>custadmin — {location}[*]</translation>
    </message>
    <message>
        <source>Database: {location}</source>
        <translation>Databas: {location}</translation>
    </message>
    <message>
        <source>Operator: {name} ({role})</source>
        <translation>Handläggare: {name} ({role})</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Öppnar databasen…</translation>
    </message>
</context>
<context>
    <name>MappingModel</name>
    <message>
        <source>Rows with the same reference form one account (an export writes the customer number). Without it every row is an account.</source>
        <translation>Rader med samma referens bildar ett konto (en export skriver kundnumret). Utan kolumnen är varje rad ett konto.</translation>
    </message>
    <message>
        <source>Yes on the row of the account&apos;s main contact; without it the account&apos;s first row is.</source>
        <translation>Ja på raden för kontots huvudkontakt; utan kolumnen blir kontots första rad huvudkontakt.</translation>
    </message>
    <message>
        <source>Without it a contact lives in the account&apos;s country.</source>
        <translation>Utan kolumnen får kontakten kontots land.</translation>
    </message>
    <message>
        <source>Required: the file must have a column for it.</source>
        <translation>Obligatoriskt: filen måste ha en kolumn för fältet.</translation>
    </message>
    <message>
        <source>Optional.</source>
        <translation>Valfritt.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Kolumn i filen</translation>
    </message>
</context>
<context>
    <name>MatrixPanel</name>
    <message>
        <source>&amp;Save</source>
        <extracomment>Saved (the panel re-read itself; others may want to). A save was refused (the exception; the unsaved ticks are kept).</extracomment>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>Å&amp;ngra</translation>
    </message>
    <message>
        <source>Save the boxes you changed (yellow)</source>
        <translation>Spara rutorna som du har ändrat (gula)</translation>
    </message>
    <message>
        <source>Forget the boxes you changed since the last save</source>
        <translation>Glöm ändringarna i rutorna sedan du senast sparade</translation>
    </message>
    <message>
        <source>Nothing to show yet.</source>
        <translation>Inget att visa än.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows shown</source>
        <translation>
            <numerusform>%Ln rad visas</numerusform>
            <numerusform>%Ln rader visas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln columns shown</source>
        <translation>
            <numerusform>%Ln kolumn visas</numerusform>
            <numerusform>%Ln kolumner visas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unsaved changes</source>
        <translation>
            <numerusform>%Ln ändring inte sparad</numerusform>
            <numerusform>%Ln ändringar inte sparade</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MyDetailsPage</name>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Customer number:</source>
        <translation>Kundnummer:</translation>
    </message>
    <message>
        <source>Main contact (account owner)</source>
        <translation>Huvudkontakt (kontoägare)</translation>
    </message>
    <message>
        <source>The main contact&apos;s name and address are the account&apos;s defaults for invoices and for every email the account receives.</source>
        <translation>Huvudkontaktens namn och adress är kontots standarduppgifter för fakturor och för all e-post som kontot får.</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Fakturor</translation>
    </message>
    <message>
        <source>Invoice contact</source>
        <translation>Fakturakontakt</translation>
    </message>
    <message>
        <source>Whose name and postal address stand on the invoice. A contact that merely receives “Invoices &amp; reminders” gets a copy and does not change this.</source>
        <translation>Vems namn och postadress som står på fakturan. En kontakt som bara får ”Fakturor &amp; påminnelser” får en kopia och ändrar inte detta.</translation>
    </message>
    <message>
        <source>Send payment confirmations only to the main contact</source>
        <translation>Skicka betalningsbekräftelser endast till huvudkontakten</translation>
    </message>
    <message>
        <source>Invoice &amp;contact:</source>
        <translation>&amp;Fakturakontakt:</translation>
    </message>
    <message>
        <source>Invoice addressed to:</source>
        <translation>Fakturan adresseras till:</translation>
    </message>
    <message>
        <source>This account</source>
        <translation>Det här kontot</translation>
    </message>
    <message>
        <source>Created {created}, last changed {updated}</source>
        <translation>Skapat {created}, senast ändrat {updated}</translation>
    </message>
    <message>
        <source>Already the portal user name of someone else; use another email address or confirm it is the same person.</source>
        <translation>Är redan någon annans användarnamn i portalen; använd en annan e-postadress eller bekräfta att det är samma person.</translation>
    </message>
    <message>
        <source>Payment confirmations only to the main contact</source>
        <translation>Betalningsbekräftelser endast till huvudkontakten</translation>
    </message>
    <message>
        <source>Requires e-invoices</source>
        <translation>Kräver e-faktura</translation>
    </message>
    <message>
        <source>Saved at {time}</source>
        <translation>Sparat kl. {time}</translation>
    </message>
    <message>
        <source>None — the main contact</source>
        <translation>Ingen — huvudkontakten</translation>
    </message>
    <message>
        <source>&lt;b&gt;{lines}&lt;/b&gt;&lt;br&gt;({why})</source>
        <translation>&lt;b&gt;{lines}&lt;/b&gt;&lt;br&gt;({why})</translation>
    </message>
</context>
<context>
    <name>NetworkModel</name>
    <message>
        <source>Company</source>
        <translation>Företag</translation>
    </message>
    <message>
        <source>Organisation number</source>
        <translation>Organisationsnummer</translation>
    </message>
    <message>
        <source>Peppol IDs</source>
        <translation>Peppol-ID:n</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operatör</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Villkor</translation>
    </message>
    <message>
        <source>supplier must be approved</source>
        <translation>leverantören måste vara godkänd</translation>
    </message>
    <message>
        <source>reference required</source>
        <translation>referens krävs</translation>
    </message>
    <message>
        <source>none</source>
        <translation>inga</translation>
    </message>
</context>
<context>
    <name>NetworkWindow</name>
    <message>
        <source>E-invoice network</source>
        <extracomment>(text, code) entries: the answer is chosen from a list instead of typed. Someone else changed the recipient meanwhile: the list is stale. The registration or decision dialog last opened (tests use it).</extracomment>
        <translation>E-fakturanätverket</translation>
    </message>
    <message>
        <source>E-invoice network — {account}</source>
        <translation>E-fakturanätverket — {account}</translation>
    </message>
    <message>
        <source>company name, organisation number (any format), Peppol ID or operator</source>
        <translation>företagsnamn, organisationsnummer (valfritt format), Peppol-ID eller operatör</translation>
    </message>
    <message>
        <source>&amp;Search the network:</source>
        <translation>&amp;Sök i nätverket:</translation>
    </message>
    <message>
        <source>Recipients found</source>
        <translation>Hittade mottagare</translation>
    </message>
    <message>
        <source>The chosen recipient</source>
        <translation>Den valda mottagaren</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Flytt</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Begärd</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Beslutad</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>History of moves</source>
        <translation>Historik över flyttar</translation>
    </message>
    <message>
        <source>&amp;Register recipient…</source>
        <translation>&amp;Registrera mottagare…</translation>
    </message>
    <message>
        <source>&amp;Confirm registration…</source>
        <translation>&amp;Bekräfta registrering…</translation>
    </message>
    <message>
        <source>Re&amp;ject registration…</source>
        <translation>&amp;Avvisa registrering…</translation>
    </message>
    <message>
        <source>&amp;Move to another operator…</source>
        <translation>&amp;Flytta till annan operatör…</translation>
    </message>
    <message>
        <source>Confirm mo&amp;ve</source>
        <translation>Bekräfta fl&amp;ytt</translation>
    </message>
    <message>
        <source>Reject m&amp;ove…</source>
        <translation>Avvisa fly&amp;tt…</translation>
    </message>
    <message numerus="yes">
        <source>Every recipient in the network: %n</source>
        <translation>
            <numerusform>Varje mottagare i nätverket: %n</numerusform>
            <numerusform>Varje mottagare i nätverket: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recipients found.</source>
        <translation>
            <numerusform>%n mottagare hittades.</numerusform>
            <numerusform>%n mottagare hittades.</numerusform>
        </translation>
    </message>
    <message>
        <source>No recipient matches “{text}”. If the customer can receive e-invoices, register it (Alt+R).</source>
        <translation>Ingen mottagare matchar ”{text}”. Om kunden kan ta emot e-faktura, registrera den (Alt+R).</translation>
    </message>
    <message>
        <source>Search first: a recipient is registered only when the search finds none.</source>
        <translation>Sök först: en mottagare registreras bara när sökningen inte hittar någon.</translation>
    </message>
    <message>
        <source>Choose a pending registration.</source>
        <translation>Välj en väntande registrering.</translation>
    </message>
    <message>
        <source>Choose a confirmed recipient with no move waiting.</source>
        <translation>Välj en bekräftad mottagare utan väntande flytt.</translation>
    </message>
    <message>
        <source>Choose a recipient whose move waits.</source>
        <translation>Välj en mottagare vars flytt väntar.</translation>
    </message>
    <message>
        <source>Search, then choose a recipient to see its state and history.</source>
        <translation>Sök och välj sedan en mottagare för att se status och historik.</translation>
    </message>
    <message>
        <source>Pending since {since}: the customer has not confirmed by email yet.</source>
        <translation>Väntar sedan {since}: kunden har inte bekräftat via e-post än.</translation>
    </message>
    <message>
        <source>Confirmed {since} by {who}, from {email}.</source>
        <translation>Bekräftad {since} av {who}, från {email}.</translation>
    </message>
    <message>
        <source>Rejected {since} by {who}: {reason}</source>
        <translation>Avvisad {since} av {who}: {reason}</translation>
    </message>
    <message>
        <source>Registered by {who} for the account {account}.</source>
        <translation>Registrerad av {who} för kontot {account}.</translation>
    </message>
    <message>
        <source>Registered by {who}.</source>
        <translation>Registrerad av {who}.</translation>
    </message>
    <message>
        <source>Operator: {operator}; email: {email}</source>
        <translation>Operatör: {operator}; e-post: {email}</translation>
    </message>
    <message>
        <source>Moving to {new} (asked {when} by {who}): still delivered through {old} until the move is confirmed.</source>
        <translation>Flyttar till {new} (begärt {when} av {who}): levereras fortfarande via {old} tills flytten är bekräftad.</translation>
    </message>
    <message>
        <source>{old} → {new}</source>
        <translation>{old} → {new}</translation>
    </message>
    <message>
        <source>{when} by {who}</source>
        <translation>{when} av {who}</translation>
    </message>
    <message>
        <source>No moves.</source>
        <translation>Inga flyttar.</translation>
    </message>
    <message>
        <source>Registered: pending until the customer confirms by email.</source>
        <translation>Registrerad: väntar tills kunden bekräftar via e-post.</translation>
    </message>
    <message>
        <source>Confirm the registration</source>
        <translation>Bekräfta registreringen</translation>
    </message>
    <message>
        <source>Confirmed by email &amp;from:</source>
        <translation>Bekräftad via e-post &amp;från:</translation>
    </message>
    <message>
        <source>Confirmed: invoices go through Peppol now.</source>
        <translation>Bekräftad: fakturor går via Peppol nu.</translation>
    </message>
    <message>
        <source>Reject the registration</source>
        <translation>Avvisa registreringen</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Orsak:</translation>
    </message>
    <message>
        <source>Rejected.</source>
        <translation>Avvisad.</translation>
    </message>
    <message>
        <source>Move to another operator</source>
        <translation>Flytta till annan operatör</translation>
    </message>
    <message>
        <source>&amp;New operator:</source>
        <translation>&amp;Ny operatör:</translation>
    </message>
    <message>
        <source>— choose the operator —</source>
        <translation>— välj operatör —</translation>
    </message>
    <message>
        <source>Move asked for: the old operator delivers until it is confirmed.</source>
        <translation>Flytt begärd: den gamla operatören levererar tills den är bekräftad.</translation>
    </message>
    <message>
        <source>Move confirmed: the new operator delivers from now.</source>
        <translation>Flytt bekräftad: den nya operatören levererar från och med nu.</translation>
    </message>
    <message>
        <source>Reject the move</source>
        <translation>Avvisa flytten</translation>
    </message>
    <message>
        <source>Move rejected: the old operator stays.</source>
        <translation>Flytt avvisad: den gamla operatören är kvar.</translation>
    </message>
</context>
<context>
    <name>NewAccountDialog</name>
    <message>
        <source>New customer account</source>
        <translation>Nytt kundkonto</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Main contact (account owner)</source>
        <translation>Huvudkontakt (kontoägare)</translation>
    </message>
    <message>
        <source>Fields marked * are required. The customer number is assigned when the account is created.</source>
        <translation>Fält markerade med * är obligatoriska. Kundnumret tilldelas när kontot skapas.</translation>
    </message>
    <message>
        <source>&amp;Create account</source>
        <translation>&amp;Skapa konto</translation>
    </message>
    <message>
        <source>Correct the fields marked in red.</source>
        <translation>Rätta fälten som är markerade med rött.</translation>
    </message>
    <message>
        <source>Creating the account…</source>
        <translation>Skapar kontot…</translation>
    </message>
</context>
<context>
    <name>NewOperatorDialog</name>
    <message>
        <source>Add an operator</source>
        <translation>Lägg till handläggare</translation>
    </message>
    <message>
        <source>for a shared database; empty: none</source>
        <translation>för en delad databas; tomt: inget</translation>
    </message>
    <message>
        <source>&amp;Operator name:</source>
        <translation>&amp;Handläggarnamn:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Fullständigt namn:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Roll:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
</context>
<context>
    <name>OperatorTexts</name>
    <message>
        <source>Read-only</source>
        <extracomment>Qt&apos;s translate under the name pyside6-lupdate looks for.</extracomment>
        <translation>Endast läsning</translation>
    </message>
    <message>
        <source>Support agent</source>
        <translation>Supportagent</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administratör</translation>
    </message>
</context>
<context>
    <name>OperatorsDialog</name>
    <message>
        <source>Operators</source>
        <translation>Handläggare</translation>
    </message>
    <message>
        <source>&amp;Set role</source>
        <translation>Ange &amp;roll</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Inaktivera</translation>
    </message>
    <message>
        <source>&amp;Add operator…</source>
        <translation>&amp;Lägg till handläggare…</translation>
    </message>
    <message>
        <source>Selected operator:</source>
        <translation>Vald handläggare:</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>A&amp;ktivera</translation>
    </message>
</context>
<context>
    <name>OperatorsModel</name>
    <message>
        <source>Operator name</source>
        <translation>Handläggarnamn</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Signs in with</source>
        <translation>Loggar in med</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>password</source>
        <translation>lösenord</translation>
    </message>
    <message>
        <source>this computer&apos;s login</source>
        <translation>datorns inloggning</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>inaktiverad</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <source>Outbox</source>
        <extracomment>The folder was read (the number of emails listed).</extracomment>
        <translation>Utkorg</translation>
    </message>
    <message>
        <source>Emails are written here while no mail server is set up (Outgoing mail). Open one in your mail program to send it by hand.</source>
        <translation>Här sparas mejl så länge ingen e-postserver är inställd (Utgående e-post). Öppna ett i ditt e-postprogram för att skicka det manuellt.</translation>
    </message>
    <message>
        <source>Folder: {folder}</source>
        <translation>Mapp: {folder}</translation>
    </message>
    <message>
        <source>Emails in the outbox</source>
        <translation>Mejl i utkorgen</translation>
    </message>
    <message>
        <source>No emails are waiting in the outbox.</source>
        <translation>Inga mejl väntar i utkorgen.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öppna</translation>
    </message>
    <message>
        <source>Open the chosen email in your mail program (Enter)</source>
        <translation>Öppna det valda mejlet i ditt e-postprogram (Enter)</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>Öppna &amp;mapp</translation>
    </message>
    <message>
        <source>Show the outbox folder in the file manager</source>
        <translation>Visa utkorgsmappen i filhanteraren</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <source>Read the folder again (F5)</source>
        <translation>Läs mappen igen (F5)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Reading the outbox folder…</source>
        <translation>Läser utkorgsmappen…</translation>
    </message>
    <message>
        <source>Emails in the outbox: {count}</source>
        <translation>Mejl i utkorgen: {count}</translation>
    </message>
    <message>
        <source>Cannot read the outbox folder: {reason}</source>
        <translation>Det går inte att läsa utkorgsmappen: {reason}</translation>
    </message>
    <message>
        <source>Cannot open {name}: no program on this computer opens .eml files.</source>
        <translation>Det går inte att öppna {name}: inget program på den här datorn öppnar .eml-filer.</translation>
    </message>
    <message>
        <source>Cannot create the outbox folder: {reason}</source>
        <translation>Det går inte att skapa utkorgsmappen: {reason}</translation>
    </message>
    <message>
        <source>Cannot show the folder {folder}.</source>
        <translation>Det går inte att visa mappen {folder}.</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <source>Date</source>
        <extracomment>The entry&apos;s file (a Path), for whoever opens it.</extracomment>
        <translation>Datum</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Ämne</translation>
    </message>
    <message>
        <source>Cannot be read as an email: {name}</source>
        <translation>Kan inte läsas som ett mejl: {name}</translation>
    </message>
</context>
<context>
    <name>PageDialog</name>
    <message>
        <source>Close</source>
        <extracomment>What this dialog saved, once it has saved.</extracomment>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Close; unsaved changes are asked about (Esc)</source>
        <translation>Stäng; du får frågan om osparade ändringar (Esc)</translation>
    </message>
</context>
<context>
    <name>PartnershipWizard</name>
    <message>
        <source>New partnership</source>
        <translation>Nytt samarbete</translation>
    </message>
    <message>
        <source>New partnership of {name}</source>
        <translation>Nytt samarbete för {name}</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Nästa &gt;</translation>
    </message>
    <message>
        <source>&lt; Bac&amp;k</source>
        <translation>&lt; &amp;Tillbaka</translation>
    </message>
    <message>
        <source>Fini&amp;sh</source>
        <translation>&amp;Slutför</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Sparar…</translation>
    </message>
    <message>
        <source>Go back: the version or the licences are not accepted (marked in red).</source>
        <translation>Gå tillbaka: versionen eller licenserna godtas inte (markerade med rött).</translation>
    </message>
    <message>
        <source>Go back: some of the customer&apos;s details are not accepted (marked in red).</source>
        <translation>Gå tillbaka: några av kundens uppgifter godtas inte (markerade med rött).</translation>
    </message>
</context>
<context>
    <name>Plurals</name>
    <message numerus="yes">
        <source>%Ln accounts</source>
        <translation>
            <numerusform>%Ln konto</numerusform>
            <numerusform>%Ln konton</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows</source>
        <translation>
            <numerusform>%Ln rad</numerusform>
            <numerusform>%Ln rader</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln accounts.</source>
        <translation>
            <numerusform>Importerade %Ln konto.</numerusform>
            <numerusform>Importerade %Ln konton.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln accounts ({rows}, one per contact) to {file}.</source>
        <translation>
            <numerusform>Exporterade %Ln konto ({rows}, en per kontakt) till {file}.</numerusform>
            <numerusform>Exporterade %Ln konton ({rows}, en per kontakt) till {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln programs</source>
        <translation>
            <numerusform>%Ln program</numerusform>
            <numerusform>%Ln program</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Creating %Ln demo customer accounts…</source>
        <translation>
            <numerusform>Skapar %Ln demokundkonto…</numerusform>
            <numerusform>Skapar %Ln demokundkonton…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %Ln welcome emails {where}.</source>
        <translation>
            <numerusform>Skickade %Ln välkomstmejl {where}.</numerusform>
            <numerusform>Skickade %Ln välkomstmejl {where}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortalAccessBox</name>
    <message>
        <source>Portal access (sub-account)</source>
        <extracomment>Anything the operator changed here.</extracomment>
        <translation>Portalåtkomst (underkonto)</translation>
    </message>
    <message>
        <source>&amp;Activate sub-account: may log in to the customer portal</source>
        <translation>Akt&amp;ivera underkonto: får logga in i kundportalen</translation>
    </message>
    <message>
        <source>&amp;Login enabled (applies to every account the login serves)</source>
        <translation>In&amp;loggning aktiverad (gäller alla konton som inloggningen används för)</translation>
    </message>
    <message>
        <source>Type a new password, or Generate one</source>
        <translation>Skriv ett nytt lösenord eller välj Generera</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nytt lösenord</translation>
    </message>
    <message>
        <source>New pass&amp;word:</source>
        <translation>N&amp;ytt lösenord:</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Generera</translation>
    </message>
    <message>
        <source>Make a strong random password, in groups of four to read out</source>
        <translation>Skapa ett starkt slumpmässigt lösenord i grupper om fyra, lätt att läsa upp</translation>
    </message>
    <message>
        <source>As w&amp;ords</source>
        <translation>Som &amp;ord</translation>
    </message>
    <message>
        <source>Generate six common words instead, e.g. “maple-garden-winter-…”: easier to say over the phone</source>
        <translation>Generera sex vanliga ord i stället, t.ex. ”lönn-trädgård-vinter-…”: lättare att säga i telefon</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Ko&amp;piera</translation>
    </message>
    <message>
        <source>Copy the new password: after Save it cannot be shown again</source>
        <translation>Kopiera det nya lösenordet: efter Spara kan det inte visas igen</translation>
    </message>
    <message>
        <source>Password strength</source>
        <translation>Lösenordsstyrka</translation>
    </message>
    <message>
        <source>Copied. Give it to the person now: after Save it cannot be shown again.</source>
        <translation>Kopierat. Ge det till personen nu: efter Spara kan det inte visas igen.</translation>
    </message>
    <message>
        <source>User name: {user}</source>
        <translation>Användarnamn: {user}</translation>
    </message>
    <message>
        <source>User name: the contact&apos;s email address</source>
        <translation>Användarnamn: kontaktens e-postadress</translation>
    </message>
    <message>
        <source>No login yet: saving with the sub-account activated creates one (or joins the existing login of this email, after you confirm).</source>
        <translation>Ingen inloggning än: när du sparar med underkontot aktiverat skapas en (eller så ansluts kontakten till den befintliga inloggningen för e-postadressen, efter att du har bekräftat).</translation>
    </message>
    <message>
        <source>Password set</source>
        <translation>Lösenord angivet</translation>
    </message>
    <message>
        <source>No password: the person cannot log in until one is set.</source>
        <translation>Inget lösenord: personen kan inte logga in förrän ett lösenord har angetts.</translation>
    </message>
    <message>
        <source>The login is disabled.</source>
        <translation>Inloggningen är inaktiverad.</translation>
    </message>
    <message>
        <source>Shared login: the same user name and password also serve {accounts}.</source>
        <translation>Delad inloggning: samma användarnamn och lösenord används även för {accounts}.</translation>
    </message>
    <message>
        <source>very weak</source>
        <translation>mycket svagt</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>svagt</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>starkt</translation>
    </message>
    <message>
        <source>very strong</source>
        <translation>mycket starkt</translation>
    </message>
    <message>
        <source>too weak</source>
        <translation>för svagt</translation>
    </message>
    <message>
        <source>Strength: {word}.</source>
        <translation>Styrka: {word}.</translation>
    </message>
    <message>
        <source>Copy it before you save: it is shown only now.</source>
        <translation>Kopiera det innan du sparar: det visas bara nu.</translation>
    </message>
    <message>
        <source>Leave empty to keep the current password.</source>
        <translation>Lämna tomt för att behålla det nuvarande lösenordet.</translation>
    </message>
    <message>
        <source>The person needs a password to log in.</source>
        <translation>Personen behöver ett lösenord för att kunna logga in.</translation>
    </message>
    <message>
        <source>Rights: the main contact holds every right.</source>
        <translation>Behörigheter: huvudkontakten har alla behörigheter.</translation>
    </message>
    <message>
        <source>Rights: none ticked for new portal users (system-wide settings); tick them on the Internet tab after saving.</source>
        <translation>Behörigheter: inga är ikryssade för nya portalanvändare (inställningar för hela systemet); kryssa i dem på fliken Internet när du har sparat.</translation>
    </message>
    <message>
        <source>Rights for a new portal user (system-wide defaults): {rights}. Change them on the Internet tab.</source>
        <translation>Behörigheter för en ny portalanvändare (standard för hela systemet): {rights}. Ändra dem på fliken Internet.</translation>
    </message>
    <message numerus="yes">
        <source>Rights: %Ln ticked; see and change them on the Internet tab.</source>
        <translation>
            <numerusform>Behörigheter: %Ln ikryssad; visa och ändra den på fliken Internet.</numerusform>
            <numerusform>Behörigheter: %Ln ikryssade; visa och ändra dem på fliken Internet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortalSettingsDialog</name>
    <message>
        <source>System-wide portal settings</source>
        <translation>Portalinställningar för hela systemet</translation>
    </message>
</context>
<context>
    <name>PortalSettingsModel</name>
    <message>
        <source>Right</source>
        <extracomment>The settings as ticked now changed (PortalSettings).</extracomment>
        <translation>Behörighet</translation>
    </message>
    <message>
        <source>Offered in the portal</source>
        <translation>Erbjuds i portalen</translation>
    </message>
    <message>
        <source>Ticked for new portal users</source>
        <translation>Ikryssad för nya portalanvändare</translation>
    </message>
    <message>
        <source>Offered: in force for every portal user it is ticked on.</source>
        <translation>Erbjuds: gäller för varje portalanvändare där den är ikryssad.</translation>
    </message>
    <message>
        <source>Not offered: no portal user has this right, whatever is ticked on the Internet tab.</source>
        <translation>Erbjuds inte: ingen portalanvändare har den här behörigheten, oavsett vad som är ikryssat på fliken Internet.</translation>
    </message>
    <message>
        <source>Offer it first: a right that is not offered is in force for no one, so new portal users do not get it either.</source>
        <translation>Erbjud den först: en behörighet som inte erbjuds gäller för ingen, så nya portalanvändare får den inte heller.</translation>
    </message>
    <message>
        <source>Ticked when a contact first gets portal access.</source>
        <translation>Ikryssad när en kontakt först får portalåtkomst.</translation>
    </message>
    <message>
        <source>Not ticked when a contact first gets portal access.</source>
        <translation>Inte ikryssad när en kontakt först får portalåtkomst.</translation>
    </message>
</context>
<context>
    <name>PortalSettingsPage</name>
    <message>
        <source>A right is in force for a portal user only where it is offered here and ticked on the user (Internet tab).</source>
        <extracomment>The settings were read and can be edited.</extracomment>
        <translation>En behörighet gäller för en portalanvändare bara om den erbjuds här och är ikryssad för användaren (fliken Internet).</translation>
    </message>
    <message>
        <source>Portal rights</source>
        <translation>Portalbehörigheter</translation>
    </message>
    <message>
        <source>“Ticked for new portal users” applies when a contact first gets portal access; it does not change the rights of existing users.</source>
        <translation>”Ikryssad för nya portalanvändare” gäller när en kontakt först får portalåtkomst; det ändrar inte behörigheterna för befintliga användare.</translation>
    </message>
    <message>
        <source>Cannot load the portal settings</source>
        <translation>Det går inte att läsa in portalinställningarna</translation>
    </message>
    <message>
        <source>The system-wide portal settings</source>
        <translation>Portalinställningarna för hela systemet</translation>
    </message>
    <message>
        <source>“{right}”: offered in the portal</source>
        <translation>”{right}”: erbjuds i portalen</translation>
    </message>
    <message>
        <source>“{right}”: ticked for new portal users</source>
        <translation>”{right}”: ikryssad för nya portalanvändare</translation>
    </message>
</context>
<context>
    <name>PortalTexts</name>
    <message>
        <source>In force: ticked here and offered system-wide.</source>
        <extracomment>Qt&apos;s translate under the name pyside6-lupdate looks for.</extracomment>
        <translation>Gäller: ikryssad här och erbjuds för hela systemet.</translation>
    </message>
    <message>
        <source>In force: the main contact holds every right.</source>
        <translation>Gäller: huvudkontakten har alla behörigheter.</translation>
    </message>
    <message>
        <source>Not in force: not ticked for this user.</source>
        <translation>Gäller inte: inte ikryssad för den här användaren.</translation>
    </message>
    <message>
        <source>Not in force: switched off in the system-wide portal settings, so no one has it whatever is ticked here.</source>
        <translation>Gäller inte: avstängd i portalinställningarna för hela systemet, så ingen har den oavsett vad som är ikryssat här.</translation>
    </message>
    <message>
        <source>Not in force: this contact has no portal access.</source>
        <translation>Gäller inte: den här kontakten har ingen portalåtkomst.</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Inte registrerad</translation>
    </message>
    <message>
        <source>Web hosting</source>
        <translation>Webbhotell</translation>
    </message>
    <message>
        <source>Agency services</source>
        <translation>Byråtjänster</translation>
    </message>
    <message>
        <source>Managed server</source>
        <translation>Managerad server</translation>
    </message>
    <message>
        <source>Single sign-on to the control panel: available</source>
        <translation>Enkel inloggning till kontrollpanelen: tillgänglig</translation>
    </message>
    <message>
        <source>the contact has no portal access</source>
        <translation>kontakten har ingen portalåtkomst</translation>
    </message>
    <message>
        <source>the account&apos;s service type is not recorded (set it on My details)</source>
        <translation>kontots tjänsttyp är inte registrerad (ange den under Mina uppgifter)</translation>
    </message>
    <message>
        <source>the account has no web-hosting service ({kind})</source>
        <translation>kontot har ingen webbhotelltjänst ({kind})</translation>
    </message>
    <message>
        <source>it lacks {rights}</source>
        <translation>det saknas {rights}</translation>
    </message>
    <message>
        <source>Single sign-on to the control panel: not available because {reasons}</source>
        <translation>Enkel inloggning till kontrollpanelen: inte tillgänglig eftersom {reasons}</translation>
    </message>
    <message>
        <source>; and </source>
        <translation>; och </translation>
    </message>
    <message>
        <source>Can log in</source>
        <translation>Kan logga in</translation>
    </message>
    <message>
        <source>Cannot log in: no such login</source>
        <translation>Kan inte logga in: inloggningen finns inte</translation>
    </message>
    <message>
        <source>Cannot log in: the login is disabled</source>
        <translation>Kan inte logga in: inloggningen är inaktiverad</translation>
    </message>
    <message>
        <source>Cannot log in: no password set</source>
        <translation>Kan inte logga in: inget lösenord angivet</translation>
    </message>
    <message>
        <source>Cannot log in: wrong password</source>
        <translation>Kan inte logga in: fel lösenord</translation>
    </message>
    <message>
        <source>Cannot verify the password</source>
        <translation>Lösenordet kan inte verifieras</translation>
    </message>
    <message>
        <source>Cannot log in: portal access is off on every account</source>
        <translation>Kan inte logga in: portalåtkomsten är avstängd på alla konton</translation>
    </message>
    <message>
        <source>The password is right. At login the person chooses which company to act for:</source>
        <translation>Lösenordet är rätt. Vid inloggning väljer personen vilket företag som ska företrädas:</translation>
    </message>
    <message>
        <source>The password was not checked (none typed). The login works with its password; the person chooses which company to act for:</source>
        <translation>Lösenordet kontrollerades inte (inget angavs). Inloggningen fungerar med sitt lösenord; personen väljer vilket företag som ska företrädas:</translation>
    </message>
    <message>
        <source>No portal login has this user name. The user name is the email address of a contact with portal access; check the spelling, or give the contact portal access on Manage contacts.</source>
        <translation>Ingen portalinloggning har det här användarnamnet. Användarnamnet är e-postadressen för en kontakt med portalåtkomst; kontrollera stavningen eller ge kontakten portalåtkomst under Hantera kontakter.</translation>
    </message>
    <message>
        <source>The login exists but is disabled, for every company it serves. Enable it on Manage contacts.</source>
        <translation>Inloggningen finns men är inaktiverad, för alla företag den används för. Aktivera den under Hantera kontakter.</translation>
    </message>
    <message>
        <source>The login has no password, so the portal finds no user. Set or generate one on Manage contacts.</source>
        <translation>Inloggningen har inget lösenord, så portalen hittar ingen användare. Ange eller generera ett under Hantera kontakter.</translation>
    </message>
    <message>
        <source>The password typed does not match the one set. The person can reset it, or you can set a new one on Manage contacts.</source>
        <translation>Det inskrivna lösenordet stämmer inte med det som är angivet. Personen kan återställa det, eller så kan du ange ett nytt under Hantera kontakter.</translation>
    </message>
    <message>
        <source>The stored password hash is damaged or not one custadmin can check, so no password would work. Set a new password on Manage contacts.</source>
        <translation>Den sparade lösenordshashen är skadad eller av en typ som custadmin inte kan kontrollera, så inget lösenord skulle fungera. Ange ett nytt lösenord under Hantera kontakter.</translation>
    </message>
    <message>
        <source>The login exists, but portal access is switched off for every contact that uses it. Switch it on on Manage contacts.</source>
        <translation>Inloggningen finns, men portalåtkomsten är avstängd för alla kontakter som använder den. Slå på den under Hantera kontakter.</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>(no name)</source>
        <translation>(inget namn)</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <source>file</source>
        <translation>fil</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
</context>
<context>
    <name>ProductCatalogueDialog</name>
    <message>
        <source>Product versions and prices</source>
        <translation>Produktversioner och priser</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkter</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Add-on</source>
        <translation>Tilläggstjänst</translation>
    </message>
    <message>
        <source>Offered to new &amp;partnerships</source>
        <translation>&amp;Erbjuds nya samarbeten</translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation>&amp;Kod:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Licence price per month:</source>
        <translation>&amp;Licenspris per månad:</translation>
    </message>
    <message>
        <source>&amp;Reseller price per month:</source>
        <translation>&amp;Återförsäljarpris per månad:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Valuta:</translation>
    </message>
    <message>
        <source>N&amp;ew product</source>
        <translation>Ny &amp;produkt</translation>
    </message>
    <message>
        <source>&amp;Save product</source>
        <translation>&amp;Spara produkt</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>{name} har sparats.</translation>
    </message>
</context>
<context>
    <name>ProductPage</name>
    <message>
        <source>Version and licences</source>
        <translation>Version och licenser</translation>
    </message>
    <message>
        <source>Every user takes one licence at the same price, whether Reporter, Approver or Administrator.</source>
        <translation>Varje användare tar en licens till samma pris, oavsett om hen är Rapportör, Attestansvarig eller Administratör.</translation>
    </message>
    <message>
        <source>{name} — {price} per licence and month (reseller {reseller})</source>
        <translation>{name} — {price} per licens och månad (ÅF-pris {reseller})</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <source>&amp;Licences:</source>
        <translation>&amp;Licenser:</translation>
    </message>
    <message>
        <source>Add-ons</source>
        <translation>Tilläggstjänster</translation>
    </message>
    <message>
        <source>{name} ({price} per month)</source>
        <translation>{name} ({price} per månad)</translation>
    </message>
    <message>
        <source>The catalogue has no add-ons.</source>
        <translation>Katalogen har inga tilläggstjänster.</translation>
    </message>
    <message>
        <source>The catalogue has no product version: an administrator adds one first.</source>
        <translation>Katalogen har ingen produktversion: en administratör måste först lägga till en.</translation>
    </message>
</context>
<context>
    <name>ProductsModel</name>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Licence price</source>
        <translation>Licenspris</translation>
    </message>
    <message>
        <source>Reseller price</source>
        <translation>Återförsäljarpris</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>I bruk</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Add-on</source>
        <translation>Tilläggstjänst</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
</context>
<context>
    <name>ProgramCatalogueDialog</name>
    <message>
        <source>Program catalogue</source>
        <translation>Programkatalog</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Programs</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Kod:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Lägg till</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Byt namn</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Sparat.</translation>
    </message>
</context>
<context>
    <name>ProgramsDialog</name>
    <message>
        <source>Program permissions</source>
        <translation>Programbehörigheter</translation>
    </message>
    <message>
        <source>Granted in the name of</source>
        <translation>Tilldelas i namn av</translation>
    </message>
    <message>
        <source>Granted in the &amp;name of:</source>
        <translation>&amp;Tilldelas i namn av:</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Användare</translation>
    </message>
    <message>
        <source>Programs</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Searc&amp;h:</source>
        <translation>S&amp;ök:</translation>
    </message>
    <message>
        <source>name or email</source>
        <translation>namn eller e-post</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roller</translation>
    </message>
    <message>
        <source>Roles at the client</source>
        <translation>Roller hos klienten</translation>
    </message>
    <message>
        <source>&amp;Programs</source>
        <translation>&amp;Program</translation>
    </message>
    <message>
        <source>R&amp;oles at the client</source>
        <translation>R&amp;oller hos klienten</translation>
    </message>
    <message>
        <source>Program permissions at {name}</source>
        <translation>Programbehörigheter hos {name}</translation>
    </message>
    <message>
        <source>What each user sees at {name}: its own users and the consultants its bureaus gave access to. Only the client&apos;s own system administrator grants programs; choose in whose name.</source>
        <translation>Vad varje användare ser hos {name}: klientens egna användare och de konsulter som dess byråer har gett åtkomst. Bara klientens egen systemadministratör tilldelar program; välj i vems namn.</translation>
    </message>
    <message>
        <source>The client has no system administrator: give one of its contacts that role on the Roles at the client tab first.</source>
        <translation>Klienten har ingen systemadministratör: ge först en av dess kontakter den rollen på fliken Roller hos klienten.</translation>
    </message>
    <message>
        <source>The client has no users yet: give its contacts a portal login first.</source>
        <translation>Klienten har inga användare än: ge först dess kontakter en portalinloggning.</translation>
    </message>
</context>
<context>
    <name>ProgressTask</name>
    <message>
        <source>Cancel</source>
        <extracomment>work(progress, cancel) -&gt; result; runs on a worker, must not touch widgets.</extracomment>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Avbryter…</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Unsaved changes</source>
        <extracomment>Qt&apos;s translate under the name pyside6-lupdate looks for.</extracomment>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <source>{what} has unsaved changes.</source>
        <translation>{what} har osparade ändringar.</translation>
    </message>
    <message>
        <source>Save them before you go on?</source>
        <translation>Vill du spara dem innan du fortsätter?</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Ändrat av någon annan</translation>
    </message>
    <message>
        <source>{what}: someone else saved a change after you opened it. Your changes were not saved.</source>
        <translation>{what}: någon annan sparade en ändring efter att du öppnade det. Dina ändringar sparades inte.</translation>
    </message>
    <message>
        <source>Someone else saved this after you opened it. Your changes were not saved.</source>
        <translation>Någon annan sparade detta efter att du öppnade det. Dina ändringar sparades inte.</translation>
    </message>
    <message>
        <source>Saved by {who}.</source>
        <translation>Sparat av {who}.</translation>
    </message>
    <message>
        <source>{field}: was “{before}”, is now “{now}”, yours “{mine}”</source>
        <translation>{field}: var ”{before}”, är nu ”{now}”, ditt värde ”{mine}”</translation>
    </message>
    <message>
        <source>What they changed:</source>
        <translation>Vad de ändrade:</translation>
    </message>
    <message>
        <source>Discard mine and show theirs</source>
        <translation>Släng mina ändringar och visa deras</translation>
    </message>
    <message>
        <source>Keep my edits</source>
        <translation>Behåll mina ändringar</translation>
    </message>
    <message>
        <source>Replace their change?</source>
        <translation>Ersätta deras ändring?</translation>
    </message>
    <message>
        <source>{who} saved these fields; saving replaces their values with yours:</source>
        <translation>{who} sparade de här fälten; om du sparar ersätts deras värden med dina:</translation>
    </message>
    <message>
        <source>Someone else saved these fields; saving replaces their values with yours:</source>
        <translation>Någon annan sparade de här fälten; om du sparar ersätts deras värden med dina:</translation>
    </message>
    <message>
        <source>{field}: theirs “{theirs}”, yours “{mine}”</source>
        <translation>{field}: deras ”{theirs}”, ditt ”{mine}”</translation>
    </message>
    <message>
        <source>Save mine over theirs</source>
        <translation>Skriv över deras med mina</translation>
    </message>
    <message>
        <source>Do not save</source>
        <translation>Spara inte</translation>
    </message>
    <message>
        <source>Change the main contact</source>
        <translation>Byt huvudkontakt</translation>
    </message>
    <message>
        <source>Make {new} the main contact instead of {former}?</source>
        <translation>Göra {new} till huvudkontakt i stället för {former}?</translation>
    </message>
    <message>
        <source>The main contact holds every portal right and receives what no one else is chosen for. {former} stays on the account as an ordinary contact.</source>
        <translation>Huvudkontakten har alla portalbehörigheter och får det som ingen annan har valts för. {former} finns kvar på kontot som en vanlig kontakt.</translation>
    </message>
    <message>
        <source>Make main contact</source>
        <translation>Gör till huvudkontakt</translation>
    </message>
    <message>
        <source>Keep {former}</source>
        <translation>Behåll {former}</translation>
    </message>
    <message>
        <source>Delete contact</source>
        <translation>Ta bort kontakt</translation>
    </message>
    <message>
        <source>Delete the contact {name}?</source>
        <translation>Ta bort kontakten {name}?</translation>
    </message>
    <message>
        <source>{name} is the invoice contact: invoices will be addressed to the main contact instead.</source>
        <translation>{name} är fakturakontakt: fakturor adresseras i stället till huvudkontakten.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behåll</translation>
    </message>
    <message>
        <source>• {account} (customer {number}): {contact}{off}</source>
        <translation>• {account} (kundnr {number}): {contact}{off}</translation>
    </message>
    <message>
        <source> — portal access off</source>
        <translation> — portalåtkomst avstängd</translation>
    </message>
    <message>
        <source>User name already in use</source>
        <translation>Användarnamnet används redan</translation>
    </message>
    <message>
        <source>{user} already logs in to the customer portal for:</source>
        <translation>{user} loggar redan in i kundportalen för:</translation>
    </message>
    <message>
        <source>Is this the same person? Then this contact joins that login: one user name, one password, and at login the person chooses which company to act for. Its password is kept.</source>
        <translation>Är det samma person? Då ansluts den här kontakten till den inloggningen: ett användarnamn, ett lösenord, och vid inloggning väljer personen vilket företag som ska företrädas. Inloggningens lösenord behålls.</translation>
    </message>
    <message>
        <source>The new password you typed replaces it for every account listed.</source>
        <translation>Det nya lösenordet du skrev ersätter det för alla konton i listan.</translation>
    </message>
    <message>
        <source>If it is someone else, choose Cancel and use another email address.</source>
        <translation>Om det är någon annan väljer du Avbryt och använder en annan e-postadress.</translation>
    </message>
    <message>
        <source>Same person: join the login</source>
        <translation>Samma person: anslut till inloggningen</translation>
    </message>
    <message>
        <source>Shared login</source>
        <translation>Delad inloggning</translation>
    </message>
    <message>
        <source>The login {user} is shared. The change applies to:</source>
        <translation>Inloggningen {user} är delad. Ändringen gäller:</translation>
    </message>
    <message>
        <source>Change it for all of them</source>
        <translation>Ändra för alla</translation>
    </message>
    <message>
        <source>Delete customer account</source>
        <translation>Ta bort kundkonto</translation>
    </message>
    <message>
        <source>Delete {name} (customer {number}) with all its contacts and their portal access? The audit trail keeps a record; the account cannot be brought back.</source>
        <translation>Ta bort {name} (kundnr {number}) med alla kontakter och deras portalåtkomst? Ändringsloggen behåller en post; kontot kan inte återställas.</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Required.</source>
        <translation>Obligatoriskt.</translation>
    </message>
    <message>
        <source>Type the client&apos;s name exactly as shown.</source>
        <translation>Skriv klientens namn exakt som det visas.</translation>
    </message>
</context>
<context>
    <name>RecipientDialog</name>
    <message>
        <source>Register a recipient in the e-invoice network</source>
        <translation>Registrera en mottagare i e-fakturanätverket</translation>
    </message>
    <message>
        <source>The recipient is &lt;i&gt;pending&lt;/i&gt; until the customer confirms by email; meanwhile invoices go as PDF by email or on paper, or are held if the customer requires e-invoices.</source>
        <translation>Mottagaren &lt;i&gt;väntar&lt;/i&gt; tills kunden bekräftar via e-post; under tiden går fakturor som PDF via e-post eller på papper, eller hålls inne om kunden kräver e-faktura.</translation>
    </message>
    <message>
        <source>— choose the operator —</source>
        <translation>— välj operatör —</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Registrera</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <source>…</source>
        <extracomment>The e-invoice column follows the sortable ones (issue 16): each row&apos;s delivery state. A block holds stored rows, each formatted the first time it is shown. Every ID is fetched after the first paint, or after this long. The first rows of the latest query are shown. The number of matching accounts is known (with the first page, and again if the full result brings another number). Every matching ID is known: :meth:`row_of` finds any account. A search started (True) or its full result arrived (False). A search or a row fetch failed; the text is for the operator. IDs from row 0 on: the first page, or every match once complete. The count is the database&apos;s estimate until every ID is known. Block number -&gt; IDs located by position while not complete.</extracomment>
        <translation>…</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(borttaget)</translation>
    </message>
    <message>
        <source>{name} (found contact)</source>
        <translation>{name} (hittad kontakt)</translation>
    </message>
    <message>
        <source>{state} — invoices held</source>
        <translation>{state} — fakturor hålls inne</translation>
    </message>
    <message>
        <source>(could not be read)</source>
        <translation>(kunde inte läsas)</translation>
    </message>
    <message>
        <source>Customer no.</source>
        <extracomment>Blocks read and formatted with the first page: a screen of rows. A contact a search found, not the main one: &quot;{name} (found contact)&quot;. Each e-invoice delivery reason in a few words. &quot;{state} — invoices held&quot;.</extracomment>
        <translation>Kundnr</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Organisation no.</source>
        <translation>Org.nr</translation>
    </message>
    <message>
        <source>Main contact</source>
        <translation>Huvudkontakt</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>E-invoice</source>
        <translation>E-faktura</translation>
    </message>
</context>
<context>
    <name>RegisterPanel</name>
    <message>
        <source>Find: customer no., name, org. no., email or phone (Ctrl+F)</source>
        <extracomment>The operator asked to open this account (Enter or double-click), and the contact the search found in it when not the main one (else 0). The register&apos;s first rows are on screen (once).</extracomment>
        <translation>Sök: kundnr, namn, org.nr, e-post eller telefon (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the customer register</source>
        <translation>Sök i kundregistret</translation>
    </message>
    <message>
        <source>Show accounts by e-invoice delivery</source>
        <translation>Visa konton efter e-fakturaleverans</translation>
    </message>
    <message>
        <source>Show only the accounts whose invoices go this way</source>
        <translation>Visa bara konton vars fakturor går på det här sättet</translation>
    </message>
    <message>
        <source>Every account</source>
        <translation>Alla konton</translation>
    </message>
    <message>
        <source>Delivered by e-invoice</source>
        <translation>Levereras som e-faktura</translation>
    </message>
    <message>
        <source>Invoices held</source>
        <translation>Fakturor hålls inne</translation>
    </message>
    <message>
        <source>Customer register</source>
        <translation>Kundregister</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Söker…</translation>
    </message>
    <message>
        <source>No accounts</source>
        <translation>Inga konton</translation>
    </message>
    <message>
        <source>No account matching “{text}” is in the e-invoice state “{state}”.</source>
        <translation>Inget konto som matchar ”{text}” har e-fakturastatus ”{state}”.</translation>
    </message>
    <message>
        <source>No account is in the e-invoice state “{state}”.</source>
        <translation>Inget konto har e-fakturastatus ”{state}”.</translation>
    </message>
    <message>
        <source>No account matches “{text}”.</source>
        <translation>Inget konto matchar ”{text}”.</translation>
    </message>
    <message>
        <source>The register is empty. Create the first customer account with Ctrl+N.</source>
        <translation>Registret är tomt. Skapa det första kundkontot med Ctrl+N.</translation>
    </message>
    <message numerus="yes">
        <source>about %Ln accounts</source>
        <translation>
            <numerusform>cirka %Ln konto</numerusform>
            <numerusform>cirka %Ln konton</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln accounts</source>
        <translation>
            <numerusform>%Ln konto</numerusform>
            <numerusform>%Ln konton</numerusform>
        </translation>
    </message>
    <message>
        <source>Not searched: {reason}</source>
        <translation>Ingen sökning gjord: {reason}</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Invoices that cannot go as e-invoices</source>
        <extracomment>The operator asked to open this account. The first page of every reason, read with the counts (used once).</extracomment>
        <translation>Fakturor som inte kan gå som e-faktura</translation>
    </message>
    <message>
        <source>Accounts that have a Peppol ID, require e-invoices or are in the e-invoice network, and whose invoices do not go as e-invoices — with why, and since when.</source>
        <translation>Konton som har ett Peppol-ID, kräver e-faktura eller finns i e-fakturanätverket, men vars fakturor inte går som e-faktura — med varför och sedan när.</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Varför</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konton</translation>
    </message>
    <message>
        <source>Accounts per reason</source>
        <translation>Konton per orsak</translation>
    </message>
    <message>
        <source>&amp;Reasons:</source>
        <translation>&amp;Orsaker:</translation>
    </message>
    <message>
        <source>Accounts listed</source>
        <translation>Listade konton</translation>
    </message>
    <message>
        <source>&amp;Accounts (Enter opens one):</source>
        <translation>&amp;Konton (Enter öppnar ett):</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exportera &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;XLSX…</source>
        <translation>Exportera &amp;XLSX…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Räknar…</translation>
    </message>
    <message>
        <source>Every reason</source>
        <translation>Alla orsaker</translation>
    </message>
    <message>
        <source>Held: the customer requires e-invoices</source>
        <translation>Innehållna: kunden kräver e-faktura</translation>
    </message>
    <message>
        <source>{reason} — held</source>
        <translation>{reason} — innehållen</translation>
    </message>
    <message>
        <source>No account waits for e-invoicing.</source>
        <translation>Inget konto väntar på e-faktura.</translation>
    </message>
    <message>
        <source>Export the e-invoice report</source>
        <translation>Exportera e-fakturarapporten</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>Skriver {file}…</translation>
    </message>
    <message>
        <source>CSV, comma-separated (*.csv)</source>
        <translation>CSV, kommaseparerad (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-arbetsbok (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n accounts to {file}.</source>
        <translation>
            <numerusform>Exporterade %n konto till {file}.</numerusform>
            <numerusform>Exporterade %n konton till {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Exporten avbröts: ingen fil skrevs.</translation>
    </message>
    <message>
        <source>Nothing was exported: {reason}</source>
        <translation>Inget exporterades: {reason}</translation>
    </message>
</context>
<context>
    <name>ReportModel</name>
    <message>
        <source>Customer no.</source>
        <extracomment>Rows read per page as the list is scrolled. A counts-list entry: (reasons, held) the list is filtered by. A read failed: the text is for the operator.</extracomment>
        <translation>Kundnr</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Organisation no.</source>
        <translation>Org.nr</translation>
    </message>
    <message>
        <source>Peppol ID</source>
        <translation>Peppol-ID</translation>
    </message>
    <message>
        <source>Why not by e-invoice</source>
        <translation>Varför inte e-faktura</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Innehållen</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Sedan</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dagar</translation>
    </message>
    <message>
        <source>held</source>
        <translation>innehållen</translation>
    </message>
</context>
<context>
    <name>RightsModel</name>
    <message>
        <source>Single sign-on</source>
        <extracomment>Column of the single sign-on status, after one column per right. Header labels are wrapped at about this many characters. The draft of ticks changed (by setData or revert).</extracomment>
        <translation>Enkel inloggning</translation>
    </message>
    <message>
        <source>Single sign-on to the hosting control panel needs {rights}, and a web-hosting service on the account (R10).</source>
        <translation>Enkel inloggning till webbhotellets kontrollpanel kräver {rights} samt en webbhotelltjänst på kontot (R10).</translation>
    </message>
    <message>
        <source> and </source>
        <translation> och </translation>
    </message>
    <message>
        <source>available</source>
        <translation>tillgänglig</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>inte tillgänglig</translation>
    </message>
    <message>
        <source>The main contact holds every right; there is nothing to tick.</source>
        <translation>Huvudkontakten har alla behörigheter; det finns inget att kryssa i.</translation>
    </message>
    <message>
        <source>{name}, main contact</source>
        <translation>{name}, huvudkontakt</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tangenter</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Var</translation>
    </message>
    <message>
        <source>Account editor</source>
        <translation>Kontoredigeraren</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Överallt</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Create the first administrator</source>
        <translation>Skapa den första administratören</translation>
    </message>
    <message>
        <source>Sign in to custadmin</source>
        <translation>Logga in i custadmin</translation>
    </message>
    <message>
        <source>{location} has no operators yet. Create the first one: an administrator, who can then add the others.</source>
        <translation>{location} har inga handläggare än. Skapa den första: en administratör, som sedan kan lägga till de andra.</translation>
    </message>
    <message>
        <source>Sign in with your operator name to
{location}</source>
        <translation>Logga in med ditt handläggarnamn i
{location}</translation>
    </message>
    <message>
        <source>Operator name</source>
        <translation>Handläggarnamn</translation>
    </message>
    <message>
        <source>as the audit trail shows it</source>
        <translation>så som det visas i ändringsloggen</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <source>&amp;Remember me on this computer</source>
        <translation>&amp;Kom ihåg mig på den här datorn</translation>
    </message>
    <message>
        <source>Keeps a sign-in token in the system keyring (never in a file) for 30 days.</source>
        <translation>Sparar en inloggningstoken i systemets nyckelring (aldrig i en fil) i 30 dagar.</translation>
    </message>
    <message>
        <source>No system keyring is available on this computer: you sign in every session.</source>
        <translation>Det finns ingen nyckelring i systemet på den här datorn: du loggar in vid varje session.</translation>
    </message>
    <message>
        <source>&amp;Operator name:</source>
        <translation>&amp;Handläggarnamn:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Fullständigt namn:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>Lösenord &amp;igen:</translation>
    </message>
    <message>
        <source>Create and sign in</source>
        <translation>Skapa och logga in</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Logga in</translation>
    </message>
    <message>
        <source>Type your operator name.</source>
        <translation>Skriv ditt handläggarnamn.</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Skriv ditt lösenord.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>De två lösenorden är olika.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Kontrollerar…</translation>
    </message>
    <message>
        <source>Signing in failed; see the log for details.</source>
        <translation>Inloggningen misslyckades; se loggen för detaljer.</translation>
    </message>
</context>
<context>
    <name>SignatureDialog</name>
    <message>
        <source>Record the signature</source>
        <translation>Registrera signeringen</translation>
    </message>
    <message>
        <source>{name}&apos;s system administrator or an authorised signatory must have signed the form.</source>
        <translation>Blanketten måste vara signerad av systemadministratören för {name} eller av en firmatecknare.</translation>
    </message>
    <message>
        <source>the signed form as scanned or received</source>
        <translation>den signerade blanketten, inskannad eller som den togs emot</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <source>&amp;Signed by:</source>
        <translation>&amp;Signerad av:</translation>
    </message>
    <message>
        <source>Signed &amp;file:</source>
        <translation>Signerad &amp;fil:</translation>
    </message>
    <message>
        <source>&amp;Record signature</source>
        <translation>&amp;Registrera signering</translation>
    </message>
    <message>
        <source>The signed form</source>
        <translation>Den signerade blanketten</translation>
    </message>
    <message>
        <source>The file cannot be read: {why}</source>
        <translation>Filen kan inte läsas: {why}</translation>
    </message>
</context>
<context>
    <name>UserRightsModel</name>
    <message>
        <source>Right</source>
        <translation>Behörighet</translation>
    </message>
    <message>
        <source>In force?</source>
        <translation>Gäller?</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>Gäller</translation>
    </message>
    <message>
        <source>In force (main contact)</source>
        <translation>Gäller (huvudkontakt)</translation>
    </message>
    <message>
        <source>Not ticked</source>
        <translation>Inte ikryssad</translation>
    </message>
    <message>
        <source>Off system-wide</source>
        <translation>Avstängd i hela systemet</translation>
    </message>
    <message>
        <source>No portal access</source>
        <translation>Ingen portalåtkomst</translation>
    </message>
    <message numerus="yes">
        <source>In force, ticked here and offered system-wide: %Ln rights.</source>
        <translation>
            <numerusform>Gäller, ikryssad här och erbjuden i hela systemet: %Ln behörighet.</numerusform>
            <numerusform>Gäller, ikryssade här och erbjudna i hela systemet: %Ln behörigheter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In force, as the main contact holds every right: %Ln rights.</source>
        <translation>
            <numerusform>Gäller, eftersom huvudkontakten har alla behörigheter: %Ln behörighet.</numerusform>
            <numerusform>Gäller, eftersom huvudkontakten har alla behörigheter: %Ln behörigheter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not ticked for this user: %Ln rights.</source>
        <translation>
            <numerusform>Inte ikryssad för den här användaren: %Ln behörighet.</numerusform>
            <numerusform>Inte ikryssade för den här användaren: %Ln behörigheter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Switched off in the system-wide portal settings, whatever is ticked: %Ln rights.</source>
        <translation>
            <numerusform>Avstängd i portalinställningarna för hela systemet, oavsett vad som är ikryssat: %Ln behörighet.</numerusform>
            <numerusform>Avstängda i portalinställningarna för hela systemet, oavsett vad som är ikryssat: %Ln behörigheter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not in force, as this contact has no portal access: %Ln rights.</source>
        <translation>
            <numerusform>Gäller inte, eftersom kontakten saknar portalåtkomst: %Ln behörighet.</numerusform>
            <numerusform>Gäller inte, eftersom kontakten saknar portalåtkomst: %Ln behörigheter.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>Name</source>
        <extracomment>The column of :class:`UsersModel` that says where the invitation stands.</extracomment>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Salary type</source>
        <translation>Löneform</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>Attestansvarig</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Saknas</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Inbjudan</translation>
    </message>
    <message>
        <source>Personal identity no.</source>
        <translation>Personnr</translation>
    </message>
    <message>
        <source>Employment no.</source>
        <translation>Anst.nr</translation>
    </message>
    <message>
        <source>Sent {when}</source>
        <translation>Skickad {when}</translation>
    </message>
    <message>
        <source>Failed {when}: {why}</source>
        <translation>Misslyckad {when}: {why}</translation>
    </message>
</context>
<context>
    <name>WelcomeEmail</name>
    <message>
        <source>Welcome to {product}: your login at {account}</source>
        <extracomment>translate(context, source) -&gt; the text in the message&apos;s language. The language each country&apos;s accounts get their emails in: the languages custadmin has. Norwegian and Finnish accounts get English until it has theirs. Where users log in: the same on the desktop and in the mobile app.</extracomment>
        <translation>Välkommen till {product}: din inloggning hos {account}</translation>
    </message>
    <message>
        <source>Hello {name},</source>
        <translation>Hej {name}!</translation>
    </message>
    <message>
        <source>{partner} has created a user for you at {account} in {product}. Your role: {role}.</source>
        <translation>{partner} har skapat en användare åt dig hos {account} i {product}. Din roll är {role}.</translation>
    </message>
    <message>
        <source>To log in, go to {address} and enter your email address, {email}. The first time, choose your password with &quot;Forgot your password?&quot;. It is the same login on the desktop and in the mobile app.</source>
        <translation>Logga in genom att gå till {address} och ange din e-postadress, {email}. Första gången väljer du ditt lösenord via ”Glömt lösenordet?”. Du loggar in på samma sätt på datorn och i mobilappen.</translation>
    </message>
    <message>
        <source>You can also log in with BankID: your personal identity number is registered.</source>
        <translation>Du kan också logga in med BankID, eftersom ditt personnummer finns registrerat.</translation>
    </message>
    <message>
        <source>Welcome!</source>
        <translation>Välkommen!</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Rapportör</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>Attestansvarig</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administratör</translation>
    </message>
</context>
<context>
    <name>WhoGetsWhatPanel</name>
    <message>
        <source>Message</source>
        <extracomment>The key of the panel&apos;s row saying how the invoice is delivered.</extracomment>
        <translation>Meddelande</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Skickas till</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Varför</translation>
    </message>
    <message>
        <source>Who gets what</source>
        <translation>Vem får vad</translation>
    </message>
    <message>
        <source>Follows your edits before they are saved.</source>
        <translation>Följer dina ändringar innan de har sparats.</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>Invoice delivery</source>
        <translation>Fakturaleverans</translation>
    </message>
</context>
<context>
    <name>WhyNoPrograms</name>
    <message>
        <source>Enable the login on the consultant&apos;s contact (Internet tab).</source>
        <translation>Slå på inloggningen för konsultens kontakt (fliken Internet).</translation>
    </message>
    <message>
        <source>The client&apos;s system administrator or authorised signatory signs the connection form; then record the signature.</source>
        <translation>Klientens systemadministratör eller en firmatecknare signerar sammankopplingsblanketten; registrera sedan signeringen.</translation>
    </message>
    <message>
        <source>The bureau&apos;s system administrator or a program administrator of the client manager activates the client in the activation list.</source>
        <translation>Byråns systemadministratör eller en programadministratör för klienthanteraren aktiverar klienten i aktiveringslistan.</translation>
    </message>
    <message>
        <source>The bureau ticks the client for the consultant under Client access.</source>
        <translation>Byrån kryssar i klienten för konsulten under Klientåtkomst.</translation>
    </message>
    <message>
        <source>The client&apos;s own system administrator grants the programs under Program permissions.</source>
        <translation>Klientens egen systemadministratör tilldelar programmen under Programbehörigheter.</translation>
    </message>
</context>
<context>
    <name>WhyNoProgramsDialog</name>
    <message>
        <source>Why no programs?</source>
        <translation>Varför inga program?</translation>
    </message>
    <message>
        <source>What a consultant sees at a client of their bureau, or exactly why they see none. Nothing is changed.</source>
        <translation>Vad en konsult ser hos en klient till sin byrå, eller exakt varför hen inte ser något. Inget ändras.</translation>
    </message>
    <message>
        <source>the email address the consultant logs in with</source>
        <translation>e-postadressen som konsulten loggar in med</translation>
    </message>
    <message>
        <source>optional: the client&apos;s name, organisation number or customer number</source>
        <translation>valfritt: klientens namn, organisationsnummer eller kundnummer</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Användarnamn:</translation>
    </message>
    <message>
        <source>C&amp;lient:</source>
        <translation>&amp;Klient:</translation>
    </message>
    <message>
        <source>&amp;Ask</source>
        <translation>&amp;Fråga</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Bureau</source>
        <translation>Byrå</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Asking…</source>
        <extracomment>The chosen answer in full, wrapped (the tree&apos;s column elides it).</extracomment>
        <translation>Frågar…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln clients</source>
        <translation>
            <numerusform>%Ln klient</numerusform>
            <numerusform>%Ln klienter</numerusform>
        </translation>
    </message>
    <message>
        <source>The consultant&apos;s bureaus have no clients.</source>
        <translation>Konsultens byråer har inga klienter.</translation>
    </message>
    <message>
        <source>{client} ({bureau}): {answer}</source>
        <translation>{client} ({bureau}): {answer}</translation>
    </message>
</context>
<context>
    <name>combo</name>
    <message>
        <source>(nobody yet)</source>
        <translation>(ingen än)</translation>
    </message>
</context>
</TS>
