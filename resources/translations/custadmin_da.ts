<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da">
<context>
    <name>AccessPage</name>
    <message>
        <source>Access and invoicing</source>
        <translation>Adgang og fakturering</translation>
    </message>
    <message>
        <source>The client waits in the activation list once created.</source>
        <translation>Når klienten er oprettet, venter den på aktiveringslisten.</translation>
    </message>
    <message>
        <source>The client gets its own &amp;access to the program</source>
        <translation>Klienten får sin egen &amp;adgang til programmet</translation>
    </message>
    <message>
        <source>Its main contact becomes the client&apos;s system administrator, who grants the bureau&apos;s consultants their programs</source>
        <translation>Hovedkontakten bliver klientens systemadministrator, som tildeler bureauets konsulenter deres programmer</translation>
    </message>
    <message>
        <source>Invoice the c&amp;lient</source>
        <translation>Fakturér &amp;klienten</translation>
    </message>
    <message>
        <source>Invoice the &amp;bureau</source>
        <translation>Fakturér &amp;bureauet</translation>
    </message>
    <message>
        <source>Consultant &amp;responsible:</source>
        <translation>Ansva&amp;rlig konsulent:</translation>
    </message>
    <message>
        <source>Who is invoiced?</source>
        <translation>Hvem faktureres?</translation>
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
        <translation>{name} — kundenummer {number}</translation>
    </message>
    <message>
        <source>Org. no. {number}</source>
        <translation>Org.nr. {number}</translation>
    </message>
    <message>
        <source>Private customer</source>
        <translation>Privatkunde</translation>
    </message>
    <message>
        <source>Main contact {name}</source>
        <translation>Hovedkontakt {name}</translation>
    </message>
    <message>
        <source>Portal users: {users}</source>
        <translation>Portalbrugere: {users}</translation>
    </message>
    <message>
        <source>No portal users</source>
        <translation>Ingen portalbrugere</translation>
    </message>
    <message>
        <source>Peppol ID {id}</source>
        <translation>Peppol-ID {id}</translation>
    </message>
    <message>
        <source>no password yet</source>
        <translation>ingen adgangskode endnu</translation>
    </message>
    <message>
        <source>login disabled</source>
        <translation>login deaktiveret</translation>
    </message>
    <message>
        <source>can log in</source>
        <translation>kan logge ind</translation>
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
        <translation>{name} er slettet.</translation>
    </message>
</context>
<context>
    <name>AccountEditor</name>
    <message>
        <source>Opening the account…</source>
        <extracomment>QSettings key: whether the Who gets what panel is shown. An account was saved (AccountDetails): the register refreshes its row. The open account changed (AccountDetails, or None when closed). The operator asked for the login check of a portal user name (Internet tab). A page&apos;s unsaved state changed (bool: that page is dirty). The contact to show once the account being loaded is there. The open account&apos;s e-invoice recipients and the network, by account ID.</extracomment>
        <translation>Åbner kontoen…</translation>
    </message>
    <message>
        <source>My details</source>
        <translation>Mine oplysninger</translation>
    </message>
    <message>
        <source>Manage contacts</source>
        <translation>Administrer kontakter</translation>
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
        <translation>Licenser og brugere</translation>
    </message>
    <message>
        <source>{tab} ({key})</source>
        <translation>{tab} ({key})</translation>
    </message>
    <message>
        <source>Who gets what (follows unsaved edits)</source>
        <translation>Hvem får hvad (følger ikke-gemte ændringer)</translation>
    </message>
    <message>
        <source>Show or hide who gets which email and the invoice</source>
        <translation>Vis eller skjul, hvem der får hvilke e-mails og fakturaen</translation>
    </message>
    <message>
        <source>This account</source>
        <translation>Denne konto</translation>
    </message>
    <message>
        <source>Cannot open the account</source>
        <translation>Kontoen kan ikke åbnes</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Ikke slettet</translation>
    </message>
    <message>
        <source>No account is open.

Find one in the register (Ctrl+F, then Enter) or create a new customer account (Ctrl+N).</source>
        <translation>Ingen konto er åben.

Find en i kunderegistret (Ctrl+F og derefter Enter), eller opret en ny kundekonto (Ctrl+N).</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;File</source>
        <extracomment>Translation context of the texts below.</extracomment>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>Værk&amp;tøjer</translation>
    </message>
    <message>
        <source>Re&amp;ports</source>
        <translation>Opf&amp;ølgning</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <source>&amp;New customer account…</source>
        <extracomment>The menu text (translated through :data:`CONTEXT`), with its mnemonic. ``&quot;module:attribute&quot;``; the attribute may be a dotted path (a class method). What the operator&apos;s role must allow (None: anyone). Works on the open account. Works only while the open account has unsaved edits. Needs the database layer (False: usable while it is still opening). The shortcut works only while the account editor has focus (Esc keeps its usual meaning elsewhere: closing a popup, clearing a selection).</extracomment>
        <translation>&amp;Ny kundekonto…</translation>
    </message>
    <message>
        <source>New &amp;partnership…</source>
        <translation>Nyt &amp;samarbejde…</translation>
    </message>
    <message>
        <source>The open account, a partner, creates a customer&apos;s account with licences</source>
        <translation>Den åbne konto, en partner, opretter en kundes konto med licenser</translation>
    </message>
    <message>
        <source>&amp;Import customers…</source>
        <translation>&amp;Importér kunder…</translation>
    </message>
    <message>
        <source>&amp;Export register…</source>
        <translation>&amp;Eksportér kunderegister…</translation>
    </message>
    <message>
        <source>Export &amp;search result…</source>
        <translation>Eksportér søgeres&amp;ultat…</translation>
    </message>
    <message>
        <source>Export with &amp;full identity numbers…</source>
        <translation>Eksportér &amp;med fulde personnumre…</translation>
    </message>
    <message>
        <source>What the register shows, with sole traders&apos; personal identity numbers in full; recorded in the audit trail</source>
        <translation>Det, som registret viser, med fulde personnumre for enkeltmandsvirksomheder; registreres i ændringsloggen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <source>&amp;Revert unsaved changes</source>
        <translation>Fortr&amp;yd ikke-gemte ændringer</translation>
    </message>
    <message>
        <source>&amp;Delete customer account…</source>
        <translation>Slet &amp;kundekonto…</translation>
    </message>
    <message>
        <source>&amp;Find customer</source>
        <translation>Fin&amp;d kunde</translation>
    </message>
    <message>
        <source>&amp;Login check…</source>
        <translation>&amp;Logintjek…</translation>
    </message>
    <message>
        <source>What the customer portal answers for a user name and password</source>
        <translation>Hvad kundeportalen svarer på et brugernavn og en adgangskode</translation>
    </message>
    <message>
        <source>&amp;E-invoice network…</source>
        <translation>&amp;E-fakturanetværket…</translation>
    </message>
    <message>
        <source>Search the e-invoice network; register, confirm and move recipients</source>
        <translation>Søg i e-fakturanetværket; registrér, bekræft og flyt modtagere</translation>
    </message>
    <message>
        <source>E-invoice ope&amp;rators…</source>
        <translation>E-fakturaope&amp;ratører…</translation>
    </message>
    <message>
        <source>E-invoice operators, our service tiers, and which tier is ours</source>
        <translation>E-fakturaoperatører, vores serviceniveauer og hvilket niveau der er vores</translation>
    </message>
    <message>
        <source>Accounting &amp;bureau…</source>
        <translation>Re&amp;visions- og bogføringsbureau…</translation>
    </message>
    <message>
        <source>The open account as an accounting bureau: its users&apos; roles, clients, client access, effective access and activation list</source>
        <translation>Den åbne konto som revisions- og bogføringsbureau: brugernes roller, klienter, klientadgang, faktisk adgang og aktiveringsliste</translation>
    </message>
    <message>
        <source>Program permissio&amp;ns…</source>
        <translation>Programre&amp;ttigheder…</translation>
    </message>
    <message>
        <source>Who sees which programs at the open account, granted by its system administrator; who may sign for it</source>
        <translation>Hvem der ser hvilke programmer hos den åbne konto, tildelt af dens systemadministrator; hvem der må underskrive for den</translation>
    </message>
    <message>
        <source>&amp;Why no programs?…</source>
        <translation>&amp;Hvorfor ingen programmer?…</translation>
    </message>
    <message>
        <source>What a consultant sees at a client of their bureau, or why they see none</source>
        <translation>Hvad en konsulent ser hos en klient i sit bureau, eller hvorfor vedkommende intet ser</translation>
    </message>
    <message>
        <source>Program &amp;catalogue…</source>
        <translation>Program&amp;katalog…</translation>
    </message>
    <message>
        <source>The programs a client&apos;s system administrator grants</source>
        <translation>De programmer, som en klients systemadministrator tildeler</translation>
    </message>
    <message>
        <source>Partner agreemen&amp;t…</source>
        <translation>Partner&amp;aftale…</translation>
    </message>
    <message>
        <source>Whether the open account is a reseller, and since when it has a reseller agreement</source>
        <translation>Om den åbne konto er forhandler, og siden hvornår den har haft en forhandleraftale</translation>
    </message>
    <message>
        <source>Product &amp;versions and prices…</source>
        <translation>Pro&amp;duktversioner og priser…</translation>
    </message>
    <message>
        <source>The versions and add-ons partnerships choose from, with licence and reseller prices</source>
        <translation>De versioner og tillægsydelser, der kan vælges ved samarbejder, med licens- og forhandlerpriser</translation>
    </message>
    <message>
        <source>Outgoing &amp;mail…</source>
        <translation>Udgående &amp;mail…</translation>
    </message>
    <message>
        <source>The SMTP server welcome emails go through; without one they go to the outbox folder</source>
        <translation>Den SMTP-server, velkomstmails sendes via; uden en server skrives de til udbakkemappen</translation>
    </message>
    <message>
        <source>Outbo&amp;x…</source>
        <translation>&amp;Udbakke…</translation>
    </message>
    <message>
        <source>Welcome emails written as files while no mail server is set</source>
        <translation>Velkomstmails, der er skrevet som filer, så længe der ikke er angivet en mailserver</translation>
    </message>
    <message>
        <source>System-wide &amp;portal settings…</source>
        <translation>Systemdækkende &amp;portalindstillinger…</translation>
    </message>
    <message>
        <source>Which rights the customer portal offers, and which new portal users get</source>
        <translation>Hvilke rettigheder kundeportalen tilbyder, og hvilke nye portalbrugere får</translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation>Ændringsl&amp;og…</translation>
    </message>
    <message>
        <source>Every change, by whom and for whom</source>
        <translation>Alle ændringer, af hvem og for hvem</translation>
    </message>
    <message>
        <source>&amp;Operators…</source>
        <translation>Sags&amp;behandlere…</translation>
    </message>
    <message>
        <source>Who may use custadmin, with which role</source>
        <translation>Hvem der må bruge custadmin, og med hvilken rolle</translation>
    </message>
    <message>
        <source>Lan&amp;guage…</source>
        <translation>&amp;Sprog…</translation>
    </message>
    <message>
        <source>The language custadmin speaks to you</source>
        <translation>Det sprog, custadmin bruger</translation>
    </message>
    <message>
        <source>&amp;Invoices that cannot go as e-invoices…</source>
        <translation>&amp;Fakturaer, der ikke kan sendes som e-faktura…</translation>
    </message>
    <message>
        <source>Accounts expecting e-invoices whose invoices go otherwise, why and since when; CSV and XLSX</source>
        <translation>Konti, der venter e-faktura, men hvis fakturaer sendes anderledes, hvorfor og siden hvornår; CSV og XLSX</translation>
    </message>
    <message>
        <source>&amp;Collective invoice basis…</source>
        <translation>&amp;Grundlag for samlefaktura…</translation>
    </message>
    <message>
        <source>The open partner&apos;s customers on its monthly collective invoice: licences by day, add-ons, reseller prices; CSV and PDF</source>
        <translation>Den åbne partners kunder på dens månedlige samlefaktura: licenser pr. dag, tillægsydelser, forhandlerpriser; CSV og PDF</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Tastaturgenve&amp;je</translation>
    </message>
    <message>
        <source>&amp;About custadmin</source>
        <translation>Om &amp;custadmin</translation>
    </message>
    <message>
        <source>Show My details</source>
        <extracomment>The account editor&apos;s tabs: Ctrl+1…4 in the tabs&apos; order, then stepping.</extracomment>
        <translation>Vis Mine oplysninger</translation>
    </message>
    <message>
        <source>Show Manage contacts</source>
        <translation>Vis Administrer kontakter</translation>
    </message>
    <message>
        <source>Show Internet</source>
        <translation>Vis Internet</translation>
    </message>
    <message>
        <source>Show History</source>
        <translation>Vis Historik</translation>
    </message>
    <message>
        <source>Show Licences &amp; users</source>
        <translation>Vis Licenser og brugere</translation>
    </message>
    <message>
        <source>Next tab</source>
        <translation>Næste fane</translation>
    </message>
    <message>
        <source>Previous tab</source>
        <translation>Forrige fane</translation>
    </message>
    <message>
        <source>Next pane: search, register, account</source>
        <extracomment>The window&apos;s panes: the search box, the register, the account editor.</extracomment>
        <translation>Næste rude: søgning, register, konto</translation>
    </message>
    <message>
        <source>Previous pane</source>
        <translation>Forrige rude</translation>
    </message>
    <message>
        <source>In the search box: open the first account found</source>
        <extracomment>Keys that work everywhere without a menu entry.</extracomment>
        <translation>I søgefeltet: åbn den første fundne konto</translation>
    </message>
    <message>
        <source>With the underlined letter: that field or button</source>
        <translation>Med det understregede bogstav: gå til feltet eller knappen</translation>
    </message>
</context>
<context>
    <name>AddClientWizard</name>
    <message>
        <source>Add a client to {name}</source>
        <extracomment>The row the service returned; Finish closes the wizard once it is here.</extracomment>
        <translation>Tilføj en klient til {name}</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Næste &gt;</translation>
    </message>
    <message>
        <source>&lt; Bac&amp;k</source>
        <translation>&lt; &amp;Tilbage</translation>
    </message>
    <message>
        <source>Fini&amp;sh</source>
        <translation>&amp;Udfør</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Gemmer…</translation>
    </message>
    <message>
        <source>Go back: some of the client&apos;s details are not accepted (marked in red).</source>
        <translation>Gå tilbage: nogle af klientens oplysninger accepteres ikke (markeret med rødt).</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>Partner agreement of {name}</source>
        <translation>Partneraftale for {name}</translation>
    </message>
    <message>
        <source>&amp;Reseller partner: creates customers through partnerships</source>
        <translation>&amp;Forhandlerpartner: opretter kunder via samarbejder</translation>
    </message>
    <message>
        <source>Has a reseller &amp;agreement</source>
        <translation>Har en forhandler&amp;aftale</translation>
    </message>
    <message>
        <source>Signed o&amp;n:</source>
        <translation>Underskrevet &amp;den:</translation>
    </message>
    <message>
        <source>Only a partner with a reseller agreement may take its customers&apos; licences on its monthly collective invoice, at reseller prices.</source>
        <translation>Kun en partner med en forhandleraftale må få sine kunders licenser med på sin månedlige samlefaktura til forhandlerpriser.</translation>
    </message>
    <message>
        <source>{name} is an accounting bureau: a partner already.</source>
        <translation>{name} er et revisions- og bogføringsbureau og dermed allerede partner.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Gemmer…</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Cannot open the database</source>
        <extracomment>The operator cancelled signing in. Unattended sign-in on a shared database (scripts, benchmarks): the operator&apos;s name and password from the environment; a wrong one stops the start with the sign-in&apos;s own refusal, no dialog is shown.</extracomment>
        <translation>Databasen kan ikke åbnes</translation>
    </message>
</context>
<context>
    <name>AuditTrailDialog</name>
    <message>
        <source>Audit trail</source>
        <translation>Ændringslog</translation>
    </message>
    <message>
        <source>Find: operator, caller, what was changed, or a value</source>
        <translation>Søg: sagsbehandler, opkalder, hvad der blev ændret, eller en værdi</translation>
    </message>
    <message>
        <source>&amp;Export to CSV…</source>
        <translation>&amp;Eksportér til CSV…</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Søger…</translation>
    </message>
    <message>
        <source>No entries</source>
        <translation>Ingen poster</translation>
    </message>
    <message numerus="yes">
        <source>The newest %Ln entries</source>
        <translation>
            <numerusform>Den %Ln nyeste post</numerusform>
            <numerusform>De %Ln nyeste poster</numerusform>
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
        <translation>Eksportér ændringsloggen</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries exported</source>
        <translation>
            <numerusform>%Ln post eksporteret</numerusform>
            <numerusform>%Ln poster eksporteret</numerusform>
        </translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Ikke eksporteret</translation>
    </message>
</context>
<context>
    <name>BureauTexts</name>
    <message>
        <source>System administrator</source>
        <extracomment>Qt&apos;s translate under the name pyside6-lupdate looks for.</extracomment>
        <translation>Systemadministrator</translation>
    </message>
    <message>
        <source>Program administrator of the client manager</source>
        <translation>Programadministrator for klientstyringen</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Konsulent</translation>
    </message>
    <message>
        <source>Authorised signatory</source>
        <translation>Tegningsberettiget</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Kladde</translation>
    </message>
    <message>
        <source>Sent, awaiting signature</source>
        <translation>Sendt, afventer underskrift</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Underskrevet</translation>
    </message>
    <message>
        <source>Awaiting activation</source>
        <translation>Afventer aktivering</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Afvist</translation>
    </message>
    <message>
        <source>Expired (not signed in 30 days)</source>
        <translation>Udløbet (ikke underskrevet inden for 30 dage)</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Afbrudt</translation>
    </message>
    <message>
        <source>Created by the bureau</source>
        <translation>Oprettet af bureauet</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Tilknyttet</translation>
    </message>
    <message>
        <source>The bureau</source>
        <translation>Bureauet</translation>
    </message>
    <message>
        <source>The client</source>
        <translation>Klienten</translation>
    </message>
    <message>
        <source>Login disabled</source>
        <translation>Login deaktiveret</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Ikke underskrevet</translation>
    </message>
    <message>
        <source>Not activated</source>
        <translation>Ikke aktiveret</translation>
    </message>
    <message>
        <source>No access</source>
        <translation>Ingen adgang</translation>
    </message>
    <message>
        <source>No programs</source>
        <translation>Ingen programmer</translation>
    </message>
</context>
<context>
    <name>BureauWindow</name>
    <message>
        <source>login disabled</source>
        <translation>login deaktiveret</translation>
    </message>
    <message>
        <source>Accounting bureau</source>
        <extracomment>The operator asked to open an account (its ID) in the main window. The client to select once the list is read again (one just added or changed). This window is telling the others of its own save (it need not re-read).</extracomment>
        <translation>Revisions- og bogføringsbureau</translation>
    </message>
    <message>
        <source>This account is an accounting &amp;bureau</source>
        <translation>Denne konto er et revisions- og bogførings&amp;bureau</translation>
    </message>
    <message>
        <source>Its users (contacts with a portal login) get bureau roles, and it manages client accounts</source>
        <translation>Dens brugere (kontakter med portallogin) får bureauroller, og kontoen administrerer klientkonti</translation>
    </message>
    <message>
        <source>&amp;Users and roles</source>
        <translation>Br&amp;ugere og roller</translation>
    </message>
    <message>
        <source>&amp;Clients</source>
        <translation>&amp;Klienter</translation>
    </message>
    <message>
        <source>Client &amp;access</source>
        <translation>Klient&amp;adgang</translation>
    </message>
    <message>
        <source>&amp;Effective access</source>
        <translation>&amp;Faktisk adgang</translation>
    </message>
    <message>
        <source>Activation &amp;list</source>
        <translation>Aktiverings&amp;liste</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Bruger</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roller</translation>
    </message>
    <message>
        <source>Bureau roles</source>
        <translation>Bureauroller</translation>
    </message>
    <message>
        <source>Searc&amp;h:</source>
        <translation>&amp;Søg:</translation>
    </message>
    <message>
        <source>name or email</source>
        <translation>navn eller e-mail</translation>
    </message>
    <message>
        <source>Customer no.</source>
        <translation>Kundenr.</translation>
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
        <translation>Siden</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Hvordan</translation>
    </message>
    <message>
        <source>Consultant responsible</source>
        <translation>Ansvarlig konsulent</translation>
    </message>
    <message>
        <source>Signer / invoiced</source>
        <translation>Underskriver / faktureres</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Klienter</translation>
    </message>
    <message>
        <source>name, organisation number or state</source>
        <translation>navn, organisationsnummer eller status</translation>
    </message>
    <message>
        <source>Show ended connections</source>
        <translation>Vis afsluttede tilknytninger</translation>
    </message>
    <message>
        <source>Add clie&amp;nt…</source>
        <translation>Tilføj kli&amp;ent…</translation>
    </message>
    <message>
        <source>Connection &amp;form…</source>
        <translation>T&amp;ilknytningsblanket…</translation>
    </message>
    <message>
        <source>Sen&amp;d</source>
        <translation>Se&amp;nd</translation>
    </message>
    <message>
        <source>Record si&amp;gnature…</source>
        <translation>&amp;Registrér underskrift…</translation>
    </message>
    <message>
        <source>Decl&amp;ine…</source>
        <translation>Af&amp;vis…</translation>
    </message>
    <message>
        <source>Disc&amp;onnect…</source>
        <translation>Afbryd f&amp;orbindelsen…</translation>
    </message>
    <message>
        <source>&amp;Program permissions…</source>
        <translation>&amp;Programrettigheder…</translation>
    </message>
    <message>
        <source>Open accoun&amp;t</source>
        <translation>Åbn kon&amp;to</translation>
    </message>
    <message>
        <source>Create a new client account, or connect an existing one with a signed form</source>
        <translation>Opret en ny klientkonto, eller tilknyt en eksisterende med en underskrevet blanket</translation>
    </message>
    <message>
        <source>Save the connection form as a PDF to be signed</source>
        <translation>Gem tilknytningsblanketten som PDF til underskrift</translation>
    </message>
    <message>
        <source>The form has gone to the client: it must be signed within 30 days</source>
        <translation>Blanketten er sendt til klienten: den skal underskrives inden for 30 dage</translation>
    </message>
    <message>
        <source>The signed form came back: who signed it, and the file</source>
        <translation>Den underskrevne blanket er kommet tilbage: hvem der underskrev den, og filen</translation>
    </message>
    <message>
        <source>No clients yet. Add one: create a new client account, or connect an existing one with a connection form its system administrator or authorised signatory signs.</source>
        <translation>Ingen klienter endnu. Tilføj en: opret en ny klientkonto, eller tilknyt en eksisterende med en tilknytningsblanket, som dens systemadministrator eller en tegningsberettiget underskriver.</translation>
    </message>
    <message>
        <source>With access</source>
        <translation>Med adgang</translation>
    </message>
    <message>
        <source>Client access</source>
        <translation>Klientadgang</translation>
    </message>
    <message>
        <source>Searc&amp;h clients:</source>
        <translation>&amp;Søg efter klienter:</translation>
    </message>
    <message>
        <source>name or organisation number</source>
        <translation>navn eller organisationsnummer</translation>
    </message>
    <message>
        <source>Consul&amp;tants:</source>
        <translation>Konsulen&amp;ter:</translation>
    </message>
    <message>
        <source>See programs</source>
        <translation>Ser programmer</translation>
    </message>
    <message>
        <source>Effective access</source>
        <translation>Faktisk adgang</translation>
    </message>
    <message>
        <source>&amp;Why no programs?…</source>
        <translation>&amp;Hvorfor ingen programmer?…</translation>
    </message>
    <message>
        <source>Ask for one consultant at one client: the programs they see, or why none</source>
        <translation>Spørg for én konsulent hos én klient: hvilke programmer konsulenten ser, eller hvorfor ingen</translation>
    </message>
    <message>
        <source>Each cell: what the consultant sees at the client. Rest the pointer on a cell for the reason.</source>
        <translation>Hver celle: hvad konsulenten ser hos klienten. Hold markøren over en celle for at se årsagen.</translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation>Venter siden</translation>
    </message>
    <message>
        <source>Activation list</source>
        <translation>Aktiveringsliste</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Anmodet af</translation>
    </message>
    <message>
        <source>Requested b&amp;y:</source>
        <translation>A&amp;nmodet af:</translation>
    </message>
    <message>
        <source>Acti&amp;vate</source>
        <translation>Akti&amp;vér</translation>
    </message>
    <message>
        <source>Activate the chosen client at the request of the bureau user named: the bureau&apos;s system administrator or a program administrator of the client manager</source>
        <translation>Aktivér den valgte klient på anmodning af den navngivne bureaubruger: bureauets systemadministrator eller en programadministrator for klientstyringen</translation>
    </message>
    <message>
        <source>No client waits for activation. New clients and signed connections wait here until the bureau&apos;s system administrator or a program administrator of the client manager asks for their activation.</source>
        <translation>Ingen klient venter på aktivering. Nye klienter og underskrevne tilknytninger venter her, indtil bureauets systemadministrator eller en programadministrator for klientstyringen anmoder om, at de aktiveres.</translation>
    </message>
    <message>
        <source>Only the bureau&apos;s system administrator or a program administrator of the client manager may activate clients.</source>
        <translation>Kun bureauets systemadministrator eller en programadministrator for klientstyringen må aktivere klienter.</translation>
    </message>
    <message>
        <source>Accounting bureau: {name}</source>
        <translation>Revisions- og bogføringsbureau: {name}</translation>
    </message>
    <message>
        <source>This account is not marked as an accounting bureau: tick the box above to manage clients for it.</source>
        <translation>Denne konto er ikke markeret som revisions- og bogføringsbureau: markér feltet ovenfor for at administrere klienter for den.</translation>
    </message>
    <message>
        <source>Mark the account as an accounting bureau first</source>
        <translation>Markér først kontoen som revisions- og bogføringsbureau</translation>
    </message>
    <message>
        <source>The bureau has no users yet: give its contacts a portal login on the Internet tab, then their roles here.</source>
        <translation>Bureauet har endnu ingen brugere: giv dets kontakter et portallogin under fanen Internet og derefter deres roller her.</translation>
    </message>
    <message>
        <source>The bureau has no consultants: give users the Consultant role on the Users and roles tab.</source>
        <translation>Bureauet har ingen konsulenter: giv brugere rollen Konsulent under fanen Brugere og roller.</translation>
    </message>
    <message>
        <source>Added by {who} on {when}.</source>
        <translation>Tilføjet {when} af {who}.</translation>
    </message>
    <message>
        <source>Own access to the program: {own}. Invoiced: {whom}.</source>
        <translation>Egen adgang til programmet: {own}. Faktureres: {whom}.</translation>
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
        <translation>Blanketten blev sendt {when}.</translation>
    </message>
    <message>
        <source>Signed by {who} on {when}; file SHA-256 {sha}.</source>
        <translation>Underskrevet {when} af {who}; filens SHA-256 {sha}.</translation>
    </message>
    <message>
        <source>Activated {when} at the request of {who}.</source>
        <translation>Aktiveret {when} på anmodning af {who}.</translation>
    </message>
    <message>
        <source>Declined: {reason}</source>
        <translation>Afvist: {reason}</translation>
    </message>
    <message>
        <source>{name} added: {state}.</source>
        <translation>{name} er tilføjet: {state}.</translation>
    </message>
    <message>
        <source>Save the connection form</source>
        <translation>Gem tilknytningsblanketten</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Connection form saved to {path}.</source>
        <translation>Tilknytningsblanketten er gemt i {path}.</translation>
    </message>
    <message>
        <source>The form could not be saved: {why}</source>
        <translation>Blanketten kunne ikke gemmes: {why}</translation>
    </message>
    <message>
        <source>{name}: {state}.</source>
        <translation>{name}: {state}.</translation>
    </message>
    <message>
        <source>Decline the connection</source>
        <translation>Afvis tilknytningen</translation>
    </message>
    <message>
        <source>Why does {name} decline? The reason is kept with the request.</source>
        <translation>Hvorfor afviser {name}? Årsagen gemmes sammen med anmodningen.</translation>
    </message>
    <message>
        <source>Disconnect the client</source>
        <translation>Afbryd forbindelsen til klienten</translation>
    </message>
    <message>
        <source>Disconnect {name} from the bureau? Its consultants lose their access to it. Type the client&apos;s name to confirm.</source>
        <translation>Afbryd forbindelsen mellem {name} og bureauet? Bureauets konsulenter mister deres adgang til klienten. Skriv klientens navn for at bekræfte.</translation>
    </message>
    <message>
        <source>{name} is active.</source>
        <translation>{name} er aktiv.</translation>
    </message>
</context>
<context>
    <name>CallerBar</name>
    <message>
        <source>&amp;Note caller…</source>
        <extracomment>The caller changed (Caller, or None when cleared).</extracomment>
        <translation>&amp;Notér opkalder…</translation>
    </message>
    <message>
        <source>Who you are working for, and how you verified them: stored with every change you save for this account</source>
        <translation>Hvem du arbejder for, og hvordan du har bekræftet personens identitet: gemmes med hver ændring, du gemmer for denne konto</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Ryd</translation>
    </message>
    <message>
        <source>No caller noted</source>
        <translation>Ingen opkalder noteret</translation>
    </message>
    <message>
        <source>Working for {name}, verified by {how}</source>
        <translation>Arbejder for {name}, bekræftet via {how}</translation>
    </message>
    <message>
        <source>Working for {name} (not verified)</source>
        <translation>Arbejder for {name} (ikke bekræftet)</translation>
    </message>
</context>
<context>
    <name>CallerDialog</name>
    <message>
        <source>Working for a caller</source>
        <translation>Arbejder for en opkalder</translation>
    </message>
    <message>
        <source>the person on the phone</source>
        <translation>personen i telefonen</translation>
    </message>
    <message>
        <source>customer number and email address</source>
        <translation>kundenummer og e-mailadresse</translation>
    </message>
    <message>
        <source>customer number and phone number</source>
        <translation>kundenummer og telefonnummer</translation>
    </message>
    <message>
        <source>signed in to the customer portal</source>
        <translation>logget ind på kundeportalen</translation>
    </message>
    <message>
        <source>call back to the number on file</source>
        <translation>ringet tilbage til det registrerede nummer</translation>
    </message>
    <message>
        <source>Caller&apos;s &amp;name:</source>
        <translation>Opkalderens &amp;navn:</translation>
    </message>
    <message>
        <source>&amp;Verified by:</source>
        <translation>&amp;Bekræftet via:</translation>
    </message>
    <message>
        <source>Type the caller&apos;s name.</source>
        <translation>Skriv opkalderens navn.</translation>
    </message>
</context>
<context>
    <name>CatalogueDialog</name>
    <message>
        <source>E-invoice operators and service tiers</source>
        <translation>E-fakturaoperatører og serviceniveauer</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>Operatører</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Access point&apos;s Peppol ID</source>
        <translation>Adgangspunktets Peppol-ID</translation>
    </message>
    <message>
        <source>&amp;Add operator…</source>
        <translation>&amp;Tilføj operatør…</translation>
    </message>
    <message>
        <source>&amp;Edit operator…</source>
        <translation>&amp;Rediger operatør…</translation>
    </message>
    <message>
        <source>Our service tiers, lowest first</source>
        <translation>Vores serviceniveauer, laveste først</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Rækkefølge</translation>
    </message>
    <message>
        <source>Reaches other operators</source>
        <translation>Når andre operatører</translation>
    </message>
    <message>
        <source>Service tiers</source>
        <translation>Serviceniveauer</translation>
    </message>
    <message>
        <source>Add &amp;tier…</source>
        <translation>Tilføj &amp;niveau…</translation>
    </message>
    <message>
        <source>Ed&amp;it tier…</source>
        <translation>Rediger n&amp;iveau…</translation>
    </message>
    <message>
        <source>Ours (system-wide)</source>
        <translation>Vores (for hele systemet)</translation>
    </message>
    <message>
        <source>&amp;Save ours</source>
        <translation>&amp;Gem vores</translation>
    </message>
    <message>
        <source>Our &amp;operator:</source>
        <translation>Vores &amp;operatør:</translation>
    </message>
    <message>
        <source>Our tie&amp;r:</source>
        <translation>Vores ni&amp;veau:</translation>
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
        <translation>Rediger operatøren</translation>
    </message>
    <message>
        <source>Add an operator</source>
        <translation>Tilføj en operatør</translation>
    </message>
    <message>
        <source>Edit the tier</source>
        <translation>Rediger niveauet</translation>
    </message>
    <message>
        <source>Add a tier</source>
        <translation>Tilføj et niveau</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gemt.</translation>
    </message>
    <message>
        <source>Saved: our operator and tier apply to every delivery from now.</source>
        <translation>Gemt: vores operatør og niveau gælder for hver levering fra nu af.</translation>
    </message>
</context>
<context>
    <name>ChoicePage</name>
    <message>
        <source>Add a client</source>
        <translation>Tilføj en klient</translation>
    </message>
    <message>
        <source>Does the client already have an account with us?</source>
        <translation>Har klienten allerede en konto hos os?</translation>
    </message>
    <message>
        <source>&amp;Create a new client account</source>
        <translation>&amp;Opret en ny klientkonto</translation>
    </message>
    <message>
        <source>C&amp;onnect an existing account (needs a connection form signed by the client)</source>
        <translation>T&amp;ilknyt en eksisterende konto (kræver en tilknytningsblanket underskrevet af klienten)</translation>
    </message>
</context>
<context>
    <name>ColumnDelegate</name>
    <message>
        <source>(column without a name)</source>
        <translation>(kolonne uden navn)</translation>
    </message>
</context>
<context>
    <name>ConnectionForm</name>
    <message>
        <source>system administrator</source>
        <extracomment>Qt&apos;s translate under the name pyside6-lupdate looks for.</extracomment>
        <translation>systemadministrator</translation>
    </message>
    <message>
        <source>authorised signatory</source>
        <translation>tegningsberettiget</translation>
    </message>
    <message>
        <source>To be signed by: {signer} ({role})</source>
        <translation>Skal underskrives af: {signer} ({role})</translation>
    </message>
    <message>
        <source>To be signed by: {signer}</source>
        <translation>Skal underskrives af: {signer}</translation>
    </message>
    <message>
        <source>To be signed by: the client&apos;s system administrator or an authorised signatory</source>
        <translation>Skal underskrives af: klientens systemadministrator eller en tegningsberettiget</translation>
    </message>
    <message>
        <source>Connection form</source>
        <translation>Tilknytningsblanket</translation>
    </message>
    <message>
        <source>Reference: {reference}</source>
        <translation>Reference: {reference}</translation>
    </message>
    <message>
        <source>Date: {date}</source>
        <translation>Dato: {date}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Organisation number</source>
        <translation>Organisationsnummer</translation>
    </message>
    <message>
        <source>Accounting bureau</source>
        <translation>Revisions- og bogføringsbureau</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Consultant responsible</source>
        <translation>Ansvarlig konsulent</translation>
    </message>
    <message>
        <source>By signing this form, the client&apos;s system administrator or authorised signatory connects the client account to the accounting bureau. The bureau may then give its consultants access to the client; the client&apos;s system administrator decides which programs each of them may use.</source>
        <translation>Ved at underskrive denne blanket tilknytter klientens systemadministrator eller tegningsberettigede klientkontoen til revisions- og bogføringsbureauet. Bureauet kan derefter give sine konsulenter adgang til klienten; klientens systemadministrator bestemmer, hvilke programmer hver af dem må bruge.</translation>
    </message>
    <message>
        <source>Valid until {date}: an unsigned form expires after {days} days.</source>
        <translation>Gyldig til {date}: en blanket, der ikke er underskrevet, udløber efter {days} dage.</translation>
    </message>
    <message>
        <source>Signed for the client</source>
        <translation>Underskrevet for klienten</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Underskrift</translation>
    </message>
    <message>
        <source>Name in block letters</source>
        <translation>Navn med blokbogstaver</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Sted</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>&amp;Save contact</source>
        <extracomment>Snapshot key: make the new contact the account&apos;s invoice contact (R5). What a billing contact takes from the account: its name and postal address.</extracomment>
        <translation>G&amp;em kontakt</translation>
    </message>
    <message>
        <source>Select contact</source>
        <translation>Vælg kontakt</translation>
    </message>
    <message>
        <source>Select &amp;contact:</source>
        <translation>Vælg &amp;kontakt:</translation>
    </message>
    <message>
        <source>Email preferences</source>
        <translation>E-mailindstillinger</translation>
    </message>
    <message>
        <source>Add &amp;billing contact</source>
        <translation>T&amp;ilføj faktureringskontakt</translation>
    </message>
    <message>
        <source>A new contact with the account&apos;s name and address, ticked for Invoices &amp; reminders and made the invoice contact: type the person and save once</source>
        <translation>En ny kontakt med kontoens navn og adresse, markeret til »Fakturaer og rykkere« og gjort til fakturakontakt: skriv personen ind, og gem én gang</translation>
    </message>
    <message>
        <source>Make it the &amp;invoice contact (its name and address stand on invoices)</source>
        <translation>&amp;Brug som fakturakontakt (dens navn og adresse står på fakturaerne)</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Make &amp;main contact</source>
        <translation>&amp;Udpeg som hovedkontakt</translation>
    </message>
    <message>
        <source>&amp;Delete contact…</source>
        <translation>&amp;Slet kontakt…</translation>
    </message>
    <message>
        <source>The contact</source>
        <translation>Kontakten</translation>
    </message>
    <message>
        <source>The main contact receives every email.</source>
        <translation>Hovedkontakten modtager alle e-mails.</translation>
    </message>
    <message>
        <source>Contact saved.</source>
        <translation>Kontakten er gemt.</translation>
    </message>
    <message>
        <source>Portal access</source>
        <translation>Portaladgang</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Ny adgangskode</translation>
    </message>
    <message>
        <source>Login enabled</source>
        <translation>Login aktiveret</translation>
    </message>
    <message>
        <source>(a new password)</source>
        <translation>(en ny adgangskode)</translation>
    </message>
    <message>
        <source>The main contact cannot be deleted: an account always has exactly one. Make another contact the main contact first.</source>
        <translation>Hovedkontakten kan ikke slettes: en konto har altid præcis én. Gør først en anden kontakt til hovedkontakt.</translation>
    </message>
    <message>
        <source>Already the main contact.</source>
        <translation>Er allerede hovedkontakt.</translation>
    </message>
    <message>
        <source>The main contact&apos;s name and address become the account&apos;s defaults; the current main contact stays as an ordinary contact.</source>
        <translation>Hovedkontaktens navn og adresse bliver kontoens standardværdier; den nuværende hovedkontakt forbliver en almindelig kontakt.</translation>
    </message>
    <message>
        <source>main contact</source>
        <translation>hovedkontakt</translation>
    </message>
    <message>
        <source>Add new contact</source>
        <translation>Tilføj ny kontakt</translation>
    </message>
    <message>
        <source>Role: main contact (account owner): receives every email; name and address are the account&apos;s defaults. Edit them on My details.</source>
        <translation>Rolle: hovedkontakt (kontoejer): modtager alle e-mails; navn og adresse er kontoens standardværdier. Redigér dem under Mine oplysninger.</translation>
    </message>
    <message>
        <source>Role: may log in to the portal, but has no rights ticked yet (Internet tab); receives no emails.</source>
        <translation>Rolle: må logge ind på portalen, men har endnu ingen rettigheder markeret (fanen Internet); modtager ingen e-mails.</translation>
    </message>
    <message>
        <source>Role: contact with no rights that receives no emails.</source>
        <translation>Rolle: kontakt uden rettigheder, der ikke modtager e-mails.</translation>
    </message>
    <message>
        <source>billing contact (receives “Invoices &amp; reminders”)</source>
        <translation>faktureringskontakt (modtager »Fakturaer og rykkere«)</translation>
    </message>
    <message>
        <source>receives the other ticked emails</source>
        <translation>modtager de andre markerede e-mails</translation>
    </message>
    <message>
        <source>sub-account (logs in to the portal)</source>
        <translation>underkonto (logger ind på portalen)</translation>
    </message>
    <message>
        <source>Role: {roles}.</source>
        <translation>Rolle: {roles}.</translation>
    </message>
    <message>
        <source>Contact deleted.</source>
        <translation>Kontakten er slettet.</translation>
    </message>
    <message>
        <source>{name} is now the main contact.</source>
        <translation>{name} er nu hovedkontakt.</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Ikke udført</translation>
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
        <translation>Kundens virksomhedsoplysninger og primære kontaktperson, som får den første licens. Felter markeret med * skal udfyldes.</translation>
    </message>
    <message>
        <source>optional: lets them log in with BankID</source>
        <translation>valgfrit: gør det muligt at logge ind med BankID</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>Primær kontaktperson</translation>
    </message>
    <message>
        <source>Licence &amp;role</source>
        <translation>Licens&amp;rolle</translation>
    </message>
    <message>
        <source>Personal identity nu&amp;mber</source>
        <translation>&amp;Personnummer</translation>
    </message>
</context>
<context>
    <name>DatabasePasswordDialog</name>
    <message>
        <source>Database password</source>
        <translation>Adgangskode til databasen</translation>
    </message>
    <message>
        <source>custadmin needs the password for
{where}</source>
        <translation>custadmin skal bruge adgangskoden til
{where}</translation>
    </message>
    <message>
        <source>That password was refused. Try again.</source>
        <translation>Adgangskoden blev afvist. Prøv igen.</translation>
    </message>
    <message>
        <source>Remember it in the system keyring</source>
        <translation>Husk den i systemets nøglering</translation>
    </message>
    <message>
        <source>No system keyring is available on this computer, so the password will be asked for every session. It is never written to a file.</source>
        <translation>Der er ingen nøglering på denne computer, så du bliver bedt om adgangskoden i hver session. Den skrives aldrig til en fil.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Adgangskode:</translation>
    </message>
</context>
<context>
    <name>DemoFill</name>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Demodata</translation>
    </message>
    <message>
        <source>No demo data was added: {reason}</source>
        <translation>Der blev ikke tilføjet demodata: {reason}</translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <source>The new client</source>
        <translation>Den nye klient</translation>
    </message>
    <message>
        <source>Its company details and main contact. Fields marked * are required.</source>
        <translation>Klientens virksomhedsoplysninger og hovedkontakt. Felter markeret med * skal udfyldes.</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Main contact</source>
        <translation>Hovedkontakt</translation>
    </message>
</context>
<context>
    <name>DomainMessages</name>
    <message>
        <source>This field is required.</source>
        <extracomment>The Qt translation context of every template below. The English template of every code. Rendered with ``str.format`` and the message&apos;s parameters; no two codes share a template (one rule, one wording).</extracomment>
        <translation>Feltet skal udfyldes.</translation>
    </message>
    <message>
        <source>Contains a control character (such as a tab or line break).</source>
        <translation>Indeholder et kontroltegn (fx et tabulatortegn eller et linjeskift).</translation>
    </message>
    <message>
        <source>Contains a damaged character (a lone surrogate, U+D800–U+DFFF), perhaps from copy and paste; type the text again.</source>
        <translation>Indeholder et beskadiget tegn (et enligt surrogat, U+D800–U+DFFF), måske fra kopiér og indsæt; skriv teksten igen.</translation>
    </message>
    <message>
        <source>Contains an invisible text-direction control (U+202A–U+202E or U+2066–U+2069), which can make text read backwards; remove it.</source>
        <translation>Indeholder et usynligt tegn til styring af tekstretning (U+202A–U+202E eller U+2066–U+2069), som kan få tekst til at læses baglæns; fjern det.</translation>
    </message>
    <message>
        <source>Contains a line or paragraph separator (U+2028 or U+2029); the field holds one line.</source>
        <translation>Indeholder et linje- eller afsnitsskilletegn (U+2028 eller U+2029); feltet rummer kun én linje.</translation>
    </message>
    <message>
        <source>At most {max_length} characters (this has {length}).</source>
        <translation>Højst {max_length} tegn (her er der {length}).</translation>
    </message>
    <message>
        <source>At most {max_length} characters.</source>
        <translation>Højst {max_length} tegn.</translation>
    </message>
    <message>
        <source>Choose Sweden, Denmark, Norway or Finland.</source>
        <translation>Vælg Sverige, Danmark, Norge eller Finland.</translation>
    </message>
    <message>
        <source>Choose a country from the list.</source>
        <translation>Vælg et land på listen.</translation>
    </message>
    <message>
        <source>Choose web hosting, agency services or managed server.</source>
        <translation>Vælg webhosting, bureauydelser eller administreret server.</translation>
    </message>
    <message>
        <source>Not a valid email address: {reason}</source>
        <translation>Ikke en gyldig e-mailadresse: {reason}</translation>
    </message>
    <message>
        <source>Not a phone number.</source>
        <translation>Ikke et telefonnummer.</translation>
    </message>
    <message>
        <source>Not a valid phone number for {region} or abroad.</source>
        <translation>Ikke et gyldigt telefonnummer for {region} eller udlandet.</translation>
    </message>
    <message>
        <source>A personal identity number has 10 or 12 digits.</source>
        <translation>Et personnummer har 10 eller 12 cifre.</translation>
    </message>
    <message>
        <source>The date part is not a valid date.</source>
        <translation>Datodelen er ikke en gyldig dato.</translation>
    </message>
    <message>
        <source>The check digit does not match.</source>
        <translation>Kontrolcifferet passer ikke.</translation>
    </message>
    <message>
        <source>The birth year {year} cannot be right: check the century.</source>
        <translation>Fødselsåret {year} kan ikke være rigtigt: kontrollér århundredet.</translation>
    </message>
    <message>
        <source>The personal identity number in it is masked (****), as exports write it unless an administrator asks for full numbers: type it in full.</source>
        <translation>Personnummeret heri er maskeret (****), sådan som eksporter skriver det, medmindre en administrator beder om fulde numre: skriv det helt.</translation>
    </message>
    <message>
        <source>Not a valid CPR number (DDMMYY-NNNN).</source>
        <translation>Ikke et gyldigt CPR-nummer (DDMMÅÅ-NNNN).</translation>
    </message>
    <message>
        <source>A CPR number has 10 digits.</source>
        <translation>Et CPR-nummer har 10 cifre.</translation>
    </message>
    <message>
        <source>Swedish organisation number</source>
        <translation>svensk organisationsnummer</translation>
    </message>
    <message>
        <source>Danish CVR number</source>
        <translation>dansk CVR-nummer</translation>
    </message>
    <message>
        <source>Norwegian organisation number</source>
        <translation>norsk organisationsnummer</translation>
    </message>
    <message>
        <source>Finnish business ID</source>
        <translation>finsk virksomheds-id</translation>
    </message>
    <message>
        <source>GLN</source>
        <translation>GLN-nummer</translation>
    </message>
    <message>
        <source>Danish SE number</source>
        <translation>dansk SE-nummer</translation>
    </message>
    <message>
        <source>Danish P number</source>
        <translation>dansk P-nummer</translation>
    </message>
    <message>
        <source>Finnish OVT identifier</source>
        <translation>finsk OVT-id</translation>
    </message>
    <message>
        <source>Swedish VAT number</source>
        <translation>svensk momsnummer</translation>
    </message>
    <message>
        <source>Danish VAT number</source>
        <translation>dansk momsnummer</translation>
    </message>
    <message>
        <source>Finnish OVT/LY-tunnus</source>
        <translation>finsk OVT/LY-tunnus</translation>
    </message>
    <message>
        <source>Finnish organisation identifier</source>
        <translation>finsk organisations-id</translation>
    </message>
    <message>
        <source>Finnish VAT number</source>
        <translation>finsk momsnummer</translation>
    </message>
    <message>
        <source>Finnish Net service ID</source>
        <translation>finsk Net service-id</translation>
    </message>
    <message>
        <source>Not a valid {scheme} (check the digits and the country).</source>
        <translation>Ikke et gyldigt {scheme} (kontrollér cifrene og landet).</translation>
    </message>
    <message>
        <source>Not a valid {scheme}.</source>
        <translation>Ikke et gyldigt {scheme}.</translation>
    </message>
    <message>
        <source>{reason} Below 20 in the third and fourth digits, a Swedish organisation number is a sole trader&apos;s: the owner&apos;s personal identity number or coordination number.</source>
        <translation>{reason} Med under 20 i tredje og fjerde ciffer tilhører et svensk organisationsnummer en enkeltmandsvirksomhed: det er ejerens personnummer eller samordningsnummer.</translation>
    </message>
    <message>
        <source>The check digit (the last digit) of this {scheme} does not match: a digit is mistyped or two are swapped.</source>
        <translation>Kontrolcifferet (det sidste ciffer) passer ikke, så det er ikke et gyldigt {scheme}: et ciffer er tastet forkert, eller to er byttet om.</translation>
    </message>
    <message>
        <source>A {scheme} has {length} digits.</source>
        <translation>Et {scheme} har {length} cifre.</translation>
    </message>
    <message>
        <source>A Swedish organisation number is written with digits, e.g. 556036-0793, or as a sole trader&apos;s personal identity number, YYMMDD-NNNN.</source>
        <translation>Et svensk organisationsnummer skrives med cifre, fx 556036-0793, eller som en enkeltmandsvirksomheds personnummer, ÅÅMMDD-NNNN.</translation>
    </message>
    <message>
        <source>A Swedish organisation number has 10 digits, not {actual}; a sole trader&apos;s personal identity number may have 12 (with the century).</source>
        <translation>Et svensk organisationsnummer har 10 cifre, ikke {actual}; en enkeltmandsvirksomheds personnummer kan have 12 (med århundredet).</translation>
    </message>
    <message>
        <source>Only a personal identity number is written with + (its owner is aged 100 or more); a legal entity&apos;s organisation number is written with -, e.g. 556036-0793.</source>
        <translation>Kun et personnummer skrives med + (ejeren er 100 år eller ældre); en juridisk persons organisationsnummer skrives med -, fx 556036-0793.</translation>
    </message>
    <message>
        <source>A legal entity&apos;s organisation number has 10 digits, or 12 beginning with 16.</source>
        <translation>En juridisk persons organisationsnummer har 10 cifre eller 12, der begynder med 16.</translation>
    </message>
    <message>
        <source>A postcode here has {form}.</source>
        <translation>Et postnummer her har {form}.</translation>
    </message>
    <message>
        <source>five digits, e.g. 123 45</source>
        <translation>fem cifre, fx 123 45</translation>
    </message>
    <message>
        <source>five digits, e.g. 00100</source>
        <translation>fem cifre, fx 00100</translation>
    </message>
    <message>
        <source>four digits, e.g. 2100</source>
        <translation>fire cifre, fx 2100</translation>
    </message>
    <message>
        <source>four digits, e.g. 0150</source>
        <translation>fire cifre, fx 0150</translation>
    </message>
    <message>
        <source>A Peppol ID is written ICD:identifier: a four-digit scheme code, a colon, then the identifier, e.g. {example}.</source>
        <translation>Et Peppol-id skrives ICD:identifikator: en firecifret skemakode, et kolon og derefter identifikatoren, fx {example}.</translation>
    </message>
    <message>
        <source>Scheme code {icd} ({scheme}) is no longer used in Peppol. {advice}</source>
        <translation>Skemakode {icd} ({scheme}) bruges ikke længere i Peppol. {advice}</translation>
    </message>
    <message>
        <source>Use 0007 with the 10-digit Swedish organisation number instead, e.g. 0007:5560360793.</source>
        <translation>Brug i stedet 0007 med det 10-cifrede svenske organisationsnummer, fx 0007:5560360793.</translation>
    </message>
    <message>
        <source>Use 0184 with the 8-digit CVR number instead, e.g. 0184:13585628.</source>
        <translation>Brug i stedet 0184 med det 8-cifrede CVR-nummer, fx 0184:13585628.</translation>
    </message>
    <message>
        <source>Use 0184 with the 8-digit CVR number instead, or 0198 for an SE number (DK followed by 8 digits).</source>
        <translation>Brug i stedet 0184 med det 8-cifrede CVR-nummer, eller 0198 for et SE-nummer (DK efterfulgt af 8 cifre).</translation>
    </message>
    <message>
        <source>Use 0192 with the 9-digit organisation number instead, e.g. 0192:974760673.</source>
        <translation>Brug i stedet 0192 med det 9-cifrede organisationsnummer, fx 0192:974760673.</translation>
    </message>
    <message>
        <source>Use 0216 with the OVT identifier instead, e.g. 0216:003720774740.</source>
        <translation>Brug i stedet 0216 med OVT-id&apos;et, fx 0216:003720774740.</translation>
    </message>
    <message>
        <source>Unknown Peppol scheme code {icd}. Accepted codes: {accepted}.</source>
        <translation>Ukendt Peppol-skemakode {icd}. Gyldige koder: {accepted}.</translation>
    </message>
    <message>
        <source>{icd} ({scheme})</source>
        <translation>{icd} ({scheme})</translation>
    </message>
    <message>
        <source>Type the {scheme} after the colon, e.g. {example}.</source>
        <translation>Skriv {scheme} efter kolonet, fx {example}.</translation>
    </message>
    <message>
        <source>Type the {scheme} without hyphens or spaces, e.g. {example}.</source>
        <translation>Skriv {scheme} uden bindestreger eller mellemrum, fx {example}.</translation>
    </message>
    <message>
        <source>A {scheme} has digits only, e.g. {example}.</source>
        <translation>Et {scheme} består kun af cifre, fx {example}.</translation>
    </message>
    <message>
        <source>A {scheme} has exactly {length} digits (this has {actual}), e.g. {example}.</source>
        <translation>Et {scheme} har præcis {length} cifre (her er der {actual}), fx {example}.</translation>
    </message>
    <message>
        <source>Not a valid {scheme}: the check digit does not match.</source>
        <translation>Ikke et gyldigt {scheme}: kontrolcifferet passer ikke.</translation>
    </message>
    <message>
        <source>Not a valid {scheme}: it cannot be all zeros.</source>
        <translation>Ikke et gyldigt {scheme}: det kan ikke bestå af lutter nuller.</translation>
    </message>
    <message>
        <source>A {scheme} is DK followed by 8 digits, e.g. {example}.</source>
        <translation>Et {scheme} er DK efterfulgt af 8 cifre, fx {example}.</translation>
    </message>
    <message>
        <source>A {scheme} is 0037, then the 8-digit business ID without hyphen, then up to 5 letters or digits, e.g. {example}.</source>
        <translation>Et {scheme} er 0037, derefter det 8-cifrede virksomheds-id uden bindestreg og så op til 5 bogstaver eller cifre, fx {example}.</translation>
    </message>
    <message>
        <source>Not a valid {scheme}: the business ID cannot be all zeros.</source>
        <translation>Ikke et gyldigt {scheme}: virksomheds-id&apos;et kan ikke bestå af lutter nuller.</translation>
    </message>
    <message>
        <source>Not a valid {scheme}: the business ID {business_id} has a wrong check digit.</source>
        <translation>Ikke et gyldigt {scheme}: virksomheds-id&apos;et {business_id} har et forkert kontrolciffer.</translation>
    </message>
    <message>
        <source>The password contains control characters.</source>
        <translation>Adgangskoden indeholder kontroltegn.</translation>
    </message>
    <message>
        <source>The password contains a damaged character (a lone surrogate, U+D800–U+DFFF) that cannot be stored; type it again.</source>
        <translation>Adgangskoden indeholder et beskadiget tegn (et enligt surrogat, U+D800–U+DFFF), som ikke kan gemmes; skriv den igen.</translation>
    </message>
    <message>
        <source>The password must have at least {min_length} characters.</source>
        <translation>Adgangskoden skal have mindst {min_length} tegn.</translation>
    </message>
    <message>
        <source>The password must not contain the user name.</source>
        <translation>Adgangskoden må ikke indeholde brugernavnet.</translation>
    </message>
    <message>
        <source>The password is too easy to guess: use a longer one or Generate.</source>
        <translation>Adgangskoden er for let at gætte: brug en længere, eller brug Generér.</translation>
    </message>
    <message>
        <source>Activate portal access to set a password.</source>
        <translation>Aktivér portaladgang for at angive en adgangskode.</translation>
    </message>
    <message>
        <source>{username} is already the portal user name of {contact} on this account; a person has one portal access per account.</source>
        <translation>{username} er allerede portalbrugernavn for {contact} på denne konto; en person har én portaladgang pr. konto.</translation>
    </message>
    <message>
        <source>{username} already logs in to the portal for: {served}. If this is the same person, the contact joins that login and keeps its password; otherwise use another email address.</source>
        <translation>{username} logger allerede ind på portalen for: {served}. Hvis det er den samme person, knyttes kontakten til dette login, og loginets adgangskode bevares; ellers skal du bruge en anden e-mailadresse.</translation>
    </message>
    <message>
        <source>The login {username} is shared: the change applies to {served} as well.</source>
        <translation>Loginet {username} er delt: ændringen gælder også for {served}.</translation>
    </message>
    <message>
        <source>{account} (customer {customer_number}, {contact})</source>
        <translation>{account} (kunde {customer_number}, {contact})</translation>
    </message>
    <message>
        <source>The main contact holds every right; there is nothing to tick.</source>
        <translation>Hovedkontakten har alle rettigheder; der er intet at markere.</translation>
    </message>
    <message>
        <source>{name} has no portal access.</source>
        <translation>{name} har ingen portaladgang.</translation>
    </message>
    <message>
        <source>Off system-wide, so ticking it would do nothing: {rights}</source>
        <translation>Slået fra i hele systemet, så det har ingen virkning at markere: {rights}</translation>
    </message>
    <message>
        <source>Modify master account profile</source>
        <translation>Redigér hovedkontoens profil</translation>
    </message>
    <message>
        <source>View &amp; manage contacts</source>
        <translation>Se og administrer kontakter</translation>
    </message>
    <message>
        <source>View products &amp; services</source>
        <translation>Se produkter og tjenester</translation>
    </message>
    <message>
        <source>View &amp; manage passwords</source>
        <translation>Se og administrer adgangskoder</translation>
    </message>
    <message>
        <source>Perform single sign-on</source>
        <translation>Brug single sign-on</translation>
    </message>
    <message>
        <source>View domains</source>
        <translation>Se domæner</translation>
    </message>
    <message>
        <source>Manage domain settings</source>
        <translation>Administrer domæneindstillinger</translation>
    </message>
    <message>
        <source>View &amp; pay invoices</source>
        <translation>Se og betal fakturaer</translation>
    </message>
    <message>
        <source>View &amp; accept quotes</source>
        <translation>Se og acceptér tilbud</translation>
    </message>
    <message>
        <source>View &amp; open support tickets</source>
        <translation>Se og opret supportsager</translation>
    </message>
    <message>
        <source>View &amp; manage affiliate account</source>
        <translation>Se og administrer affiliatekonto</translation>
    </message>
    <message>
        <source>View emails</source>
        <translation>Se e-mails</translation>
    </message>
    <message>
        <source>Place new orders, upgrades and cancellations</source>
        <translation>Afgiv nye ordrer, opgraderinger og opsigelser</translation>
    </message>
    <message>
        <source>Show the Settings menu (change own password)</source>
        <translation>Vis menuen Indstillinger (skift egen adgangskode)</translation>
    </message>
    <message>
        <source>Customer account {account_id} does not exist (any more).</source>
        <translation>Kundekonto {account_id} findes ikke (længere).</translation>
    </message>
    <message>
        <source>Contact {contact_id} is not on this account (any more).</source>
        <translation>Kontakt {contact_id} er ikke (længere) på denne konto.</translation>
    </message>
    <message>
        <source>The main contact cannot be deleted: an account always has exactly one. Make another contact the main contact first.</source>
        <translation>Hovedkontakten kan ikke slettes: en konto har altid præcis én. Gør først en anden kontakt til hovedkontakt.</translation>
    </message>
    <message>
        <source>Pick one of this account&apos;s contacts.</source>
        <translation>Vælg en af denne kontos kontakter.</translation>
    </message>
    <message>
        <source>This record was changed by someone else since you opened it.</source>
        <translation>Denne post er blevet ændret af en anden, siden du åbnede den.</translation>
    </message>
    <message>
        <source>This account was changed by someone else since you opened it.</source>
        <translation>Denne konto er blevet ændret af en anden, siden du åbnede den.</translation>
    </message>
    <message>
        <source>This contact was changed by someone else since you opened it.</source>
        <translation>Denne kontakt er blevet ændret af en anden, siden du åbnede den.</translation>
    </message>
    <message>
        <source>This contact&apos;s portal access was changed by someone else since you opened it.</source>
        <translation>Denne kontakts portaladgang er blevet ændret af en anden, siden du åbnede den.</translation>
    </message>
    <message>
        <source>The portal login {username} was changed by someone else since you opened it (its password or whether it may log in): your change to it was not saved.</source>
        <translation>Portalloginet {username} er blevet ændret af en anden, siden du åbnede det (adgangskoden, eller om det må logge ind): din ændring af det blev ikke gemt.</translation>
    </message>
    <message>
        <source>This operator was changed by someone else since you opened it.</source>
        <translation>Denne sagsbehandler er blevet ændret af en anden, siden du åbnede den.</translation>
    </message>
    <message>
        <source>The system-wide portal settings were changed by someone else since you opened them.</source>
        <translation>De systemdækkende portalindstillinger er blevet ændret af en anden, siden du åbnede dem.</translation>
    </message>
    <message>
        <source>Someone else gave portal access to this user name at the same moment. Open the account again and retry.</source>
        <translation>En anden gav portaladgang til dette brugernavn i samme øjeblik. Åbn kontoen igen, og prøv igen.</translation>
    </message>
    <message>
        <source>The operator name or password is not right.</source>
        <translation>Sagsbehandlernavnet eller adgangskoden er forkert.</translation>
    </message>
    <message>
        <source>Signing in needs a terminal: run the command from one.</source>
        <translation>Login kræver en terminal: kør kommandoen fra en terminal.</translation>
    </message>
    <message>
        <source>The operator {name} is disabled. Ask an administrator.</source>
        <translation>Sagsbehandleren {name} er deaktiveret. Kontakt en administrator.</translation>
    </message>
    <message>
        <source>An operator needs a name.</source>
        <translation>En sagsbehandler skal have et navn.</translation>
    </message>
    <message>
        <source>Operator name: {problem}</source>
        <translation>Sagsbehandlernavn: {problem}</translation>
    </message>
    <message>
        <source>Display name: {problem}</source>
        <translation>Vist navn: {problem}</translation>
    </message>
    <message>
        <source>This computer&apos;s user name cannot be used as an operator name: {problem} Sign in to the computer as another user, or use a shared database with operator names.</source>
        <translation>Denne computers brugernavn kan ikke bruges som sagsbehandlernavn: {problem} Log ind på computeren som en anden bruger, eller brug en delt database med sagsbehandlernavne.</translation>
    </message>
    <message>
        <source>Caller&apos;s name: {problem}</source>
        <translation>Opkalderens navn: {problem}</translation>
    </message>
    <message>
        <source>Verified by: {problem}</source>
        <translation>Bekræftet via: {problem}</translation>
    </message>
    <message>
        <source>There is already an operator called {name}.</source>
        <translation>Der findes allerede en sagsbehandler med navnet {name}.</translation>
    </message>
    <message>
        <source>That operator no longer exists.</source>
        <translation>Sagsbehandleren findes ikke længere.</translation>
    </message>
    <message>
        <source>This is the last administrator: make someone else administrator first.</source>
        <translation>Dette er den sidste administrator: gør først en anden til administrator.</translation>
    </message>
    <message>
        <source>Only an operator can be remembered.</source>
        <translation>Kun en sagsbehandler kan huskes.</translation>
    </message>
    <message>
        <source>Only an operator who signs in with a password can be remembered.</source>
        <translation>Kun en sagsbehandler, der logger ind med adgangskode, kan huskes.</translation>
    </message>
    <message>
        <source>An administrator changed your role to {role} since you signed in: this was not done. Try again if your new role allows it.</source>
        <translation>En administrator har ændret din rolle til {role}, efter at du loggede ind: handlingen blev ikke udført. Prøv igen, hvis din nye rolle tillader det.</translation>
    </message>
    <message>
        <source>Your operator account was disabled by an administrator (or removed): nothing was done.</source>
        <translation>Din sagsbehandlerkonto er blevet deaktiveret (eller fjernet) af en administrator: intet blev udført.</translation>
    </message>
    <message>
        <source>The first administrator needs a password.</source>
        <translation>Den første administrator skal have en adgangskode.</translation>
    </message>
    <message>
        <source>This database has operators already: sign in as one.</source>
        <translation>Denne database har allerede sagsbehandlere: log ind som en af dem.</translation>
    </message>
    <message>
        <source>{name} is signed in as {role}: {what} needs the role {allowed}.</source>
        <translation>{name} er logget ind som {role}: {what} kræver rollen {allowed}.</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>kun læseadgang</translation>
    </message>
    <message>
        <source>support agent</source>
        <translation>supportmedarbejder</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>changing customer accounts and contacts</source>
        <translation>ændring af kundekonti og kontakter</translation>
    </message>
    <message>
        <source>changing portal access and passwords</source>
        <translation>ændring af portaladgang og adgangskoder</translation>
    </message>
    <message>
        <source>checking portal logins</source>
        <translation>kontrol af portallogins</translation>
    </message>
    <message>
        <source>changing the system-wide portal settings</source>
        <translation>ændring af de systemdækkende portalindstillinger</translation>
    </message>
    <message>
        <source>managing operators and their roles</source>
        <translation>administration af sagsbehandlere og deres roller</translation>
    </message>
    <message>
        <source>deleting customer accounts</source>
        <translation>sletning af kundekonti</translation>
    </message>
    <message>
        <source>importing customers</source>
        <translation>import af kunder</translation>
    </message>
    <message>
        <source>reading the audit trail of every account</source>
        <translation>læsning af ændringsloggen for alle konti</translation>
    </message>
    <message>
        <source>exporting full personal identity numbers</source>
        <translation>eksport af fulde personnumre</translation>
    </message>
    <message>
        <source>registering e-invoice recipients</source>
        <translation>at registrere e-fakturamodtagere</translation>
    </message>
    <message>
        <source>confirming and rejecting e-invoice registrations and moves, and keeping the operators and tiers</source>
        <translation>at bekræfte og afvise e-fakturaregistreringer og flytninger samt at vedligeholde operatører og niveauer</translation>
    </message>
    <message>
        <source>recording reseller agreements and keeping the product versions and their prices</source>
        <translation>registrering af forhandleraftaler og vedligeholdelse af produktversionerne og deres priser</translation>
    </message>
    <message>
        <source>keeping the settings of the outgoing mail server</source>
        <translation>vedligeholdelse af indstillingerne for den udgående mailserver</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Kundenummer</translation>
    </message>
    <message>
        <source>Main contact</source>
        <translation>Hovedkontakt</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Kontonavn</translation>
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
        <translation>Peppol-id</translation>
    </message>
    <message>
        <source>Service type</source>
        <translation>Tjenestetype</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Fornavn</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Efternavn</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Organisationsnavn</translation>
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
        <source>Address line 1</source>
        <translation>Adresselinje 1</translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation>Adresselinje 2</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <source>City</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Contact country</source>
        <translation>Kontaktens land</translation>
    </message>
    <message>
        <source>Unknown field {name!r}. Fields: {fields}.</source>
        <translation>Ukendt felt {name!r}. Felter: {fields}.</translation>
    </message>
    <message>
        <source>The mapping is not valid JSON: {reason}.</source>
        <translation>Kolonnetilknytningen er ikke gyldig JSON: {reason}.</translation>
    </message>
    <message>
        <source>A JSON mapping is an object like {{&quot;email&quot;: &quot;E-post&quot;}}.</source>
        <translation>En JSON-tilknytning er et objekt som {{&quot;email&quot;: &quot;E-mail&quot;}}.</translation>
    </message>
    <message>
        <source>Write field=Header, not {part!r}.</source>
        <translation>Skriv felt=Overskrift, ikke {part!r}.</translation>
    </message>
    <message>
        <source>The file has no column {header!r} (for {field}).</source>
        <translation>Filen har ingen kolonne {header!r} (til {field}).</translation>
    </message>
    <message>
        <source>No column holds {field}; choose one in the mapping.</source>
        <translation>Ingen kolonne indeholder {field}; vælg en i tilknytningen.</translation>
    </message>
    <message>
        <source>Not imported: its account is refused (see line {lines}).</source>
        <translation>Ikke importeret: kontoen er afvist (se linje {lines}).</translation>
    </message>
    <message>
        <source>Write yes or no (or leave it empty).</source>
        <translation>Skriv ja eller nej (eller lad feltet være tomt).</translation>
    </message>
    <message>
        <source>Line {line} is already the main contact of this account (an account has exactly one).</source>
        <translation>Linje {line} er allerede hovedkontakt for denne konto (en konto har præcis én).</translation>
    </message>
    <message>
        <source>Differs from line {line} of the same account (“{value}” against “{main_value}”); leave it empty or write the same.</source>
        <translation>Afviger fra linje {line} for samme konto (»{value}« over for »{main_value}«); lad feltet være tomt, eller skriv det samme.</translation>
    </message>
    <message>
        <source>The same email as line {line} of this account: a person is one contact.</source>
        <translation>Samme e-mail som linje {line} for denne konto: en person er én kontakt.</translation>
    </message>
    <message>
        <source>The same organisation number ({country}) as the account on line {lines}: one organisation is one account.</source>
        <translation>Samme organisationsnummer ({country}) som kontoen på linje {lines}: én organisation er én konto.</translation>
    </message>
    <message>
        <source>An account with this organisation number ({country} {org_number}) is already stored: customer number {customer_number}.</source>
        <translation>Der er allerede gemt en konto med dette organisationsnummer ({country} {org_number}): kundenummer {customer_number}.</translation>
    </message>
    <message>
        <source>This line has {cells} cells but the header only {width}: a separator too many, or a value with a comma that is not quoted?</source>
        <translation>Linjen har {cells} celler, men overskriften kun {width}: et skilletegn for meget, eller en værdi med komma, der ikke står i anførselstegn?</translation>
    </message>
    <message>
        <source>Cannot read the file: {reason}.</source>
        <translation>Filen kan ikke læses: {reason}.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>Annulleret: intet blev importeret.</translation>
    </message>
    <message>
        <source>Cannot open the file: {reason}.</source>
        <translation>Filen kan ikke åbnes: {reason}.</translation>
    </message>
    <message>
        <source>This is {what}, not a CSV or XLSX file.</source>
        <translation>Dette er {what}, ikke en CSV- eller XLSX-fil.</translation>
    </message>
    <message>
        <source>an Excel 97–2003 workbook (.xls) or another old Office file; save it as .xlsx or CSV</source>
        <translation>en Excel 97–2003-projektmappe (.xls) eller en anden gammel Office-fil; gem den som .xlsx eller CSV</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>et PDF-dokument</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>et PNG-billede</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>et JPEG-billede</translation>
    </message>
    <message>
        <source>an SQLite database</source>
        <translation>en SQLite-database</translation>
    </message>
    <message>
        <source>This is not an Excel workbook (.xlsx): it does not start like one.</source>
        <translation>Dette er ikke en Excel-projektmappe (.xlsx): den begynder ikke som en.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text; it was read as Windows-1252 (Western European). If letters such as å, ä, ö look wrong in the preview, save the file as “CSV UTF-8” and import that.</source>
        <translation>Filen er ikke UTF-8-tekst; den blev læst som Windows-1252 (vesteuropæisk). Hvis bogstaver som æ, ø, å ser forkerte ud i forhåndsvisningen, så gem filen som »CSV UTF-8«, og importér den.</translation>
    </message>
    <message>
        <source>The file is not text that custadmin can read (byte {byte} is neither UTF-8 nor Windows-1252). Save it as “CSV UTF-8” or as an Excel workbook.</source>
        <translation>Filen er ikke tekst, som custadmin kan læse (byte {byte} er hverken UTF-8 eller Windows-1252). Gem den som »CSV UTF-8« eller som en Excel-projektmappe.</translation>
    </message>
    <message>
        <source>The file says it is {encoding} text but byte {byte} is not. Save it again as “CSV UTF-8”.</source>
        <translation>Filen angiver, at den er {encoding}-tekst, men byte {byte} er det ikke. Gem den igen som »CSV UTF-8«.</translation>
    </message>
    <message>
        <source>Cannot read this line ({reason}); a field may be too long or a quote not closed.</source>
        <translation>Linjen kan ikke læses ({reason}); måske er et felt for langt, eller et anførselstegn er ikke lukket.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Filen er tom.</translation>
    </message>
    <message>
        <source>The first line (the column names) cannot be read: {reason}.</source>
        <translation>Den første linje (kolonnenavnene) kan ikke læses: {reason}.</translation>
    </message>
    <message>
        <source>This is not a readable Excel workbook (.xlsx); it may be damaged or another kind of file.</source>
        <translation>Dette er ikke en læsbar Excel-projektmappe (.xlsx); den kan være beskadiget eller en anden type fil.</translation>
    </message>
    <message>
        <source>The workbook has no worksheet.</source>
        <translation>Projektmappen har intet regneark.</translation>
    </message>
    <message>
        <source>The worksheet cannot be read ({error}).</source>
        <translation>Regnearket kan ikke læses ({error}).</translation>
    </message>
    <message>
        <source>The first worksheet is empty.</source>
        <translation>Det første regneark er tomt.</translation>
    </message>
    <message>
        <source>The worksheet is damaged after line {line} ({error}).</source>
        <translation>Regnearket er beskadiget efter linje {line} ({error}).</translation>
    </message>
    <message>
        <source>Only the first worksheet ({sheet}) is read.</source>
        <translation>Kun det første regneark ({sheet}) læses.</translation>
    </message>
    <message>
        <source>Cancelled: no file was written.</source>
        <translation>Annulleret: der blev ikke skrevet nogen fil.</translation>
    </message>
    <message>
        <source>Choose csv or xlsx, not {given!r}.</source>
        <translation>Vælg csv eller xlsx, ikke {given!r}.</translation>
    </message>
    <message>
        <source>Cannot write to {folder}: {reason}.</source>
        <translation>Der kan ikke skrives til {folder}: {reason}.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}.</source>
        <translation>{path} kan ikke skrives: {reason}.</translation>
    </message>
    <message>
        <source>The database is busy: someone else is saving at this moment. Nothing was saved; try again.</source>
        <translation>Databasen er optaget: en anden gemmer lige nu. Intet blev gemt; prøv igen.</translation>
    </message>
    <message>
        <source>{where} is locked by another program (perhaps another custadmin doing a long task). Close it or wait, then start again.</source>
        <translation>{where} er låst af et andet program (måske en anden custadmin, der udfører en lang opgave). Luk det, eller vent, og start så igen.</translation>
    </message>
    <message>
        <source>The database is read-only: changes cannot be saved. Check the file&apos;s permissions or ask an administrator.</source>
        <translation>Databasen er skrivebeskyttet: ændringer kan ikke gemmes. Kontrollér filens rettigheder, eller spørg en administrator.</translation>
    </message>
    <message>
        <source>{path} is on a read-only disk: it is open for browsing and changes cannot be saved. To change it, make the disk writable, or copy the database to a writable folder while custadmin is closed.</source>
        <translation>{path} ligger på en skrivebeskyttet disk: den er åbnet til visning, og ændringer kan ikke gemmes. Hvis du vil ændre den, så gør disken skrivbar, eller kopiér databasen til en skrivbar mappe, mens custadmin er lukket.</translation>
    </message>
    <message>
        <source>{path} is on a read-only disk and its companion file {companion} holds saved changes that can only be read on a writable disk. Copy the database together with its companion files to a writable folder, or make the disk writable.</source>
        <translation>{path} ligger på en skrivebeskyttet disk, og dens tilhørende fil {companion} indeholder gemte ændringer, som kun kan læses på en skrivbar disk. Kopiér databasen sammen med de tilhørende filer til en skrivbar mappe, eller gør disken skrivbar.</translation>
    </message>
    <message>
        <source>The database file {path} is read-only for you: it is open for browsing and changes cannot be saved. Make the file writable (for example chmod u+w), then start custadmin again.</source>
        <translation>Databasefilen {path} er skrivebeskyttet for dig: den er åbnet til visning, og ændringer kan ikke gemmes. Gør filen skrivbar (fx chmod u+w), og start derefter custadmin igen.</translation>
    </message>
    <message>
        <source>The database&apos;s companion file {companion} is read-only (SQLite made it so while the database was read-only), so nothing can be saved. Make it writable, or delete it while custadmin is closed; then start custadmin again.</source>
        <translation>Databasens tilhørende fil {companion} er skrivebeskyttet (SQLite gjorde den det, mens databasen var skrivebeskyttet), så intet kan gemmes. Gør den skrivbar, eller slet den, mens custadmin er lukket; start derefter custadmin igen.</translation>
    </message>
    <message>
        <source>The database&apos;s companion file {companion} is read-only, so nothing can be saved. Make it writable, then start custadmin again; do not delete it: it holds saved changes.</source>
        <translation>Databasens tilhørende fil {companion} er skrivebeskyttet, så intet kan gemmes. Gør den skrivbar, og start derefter custadmin igen; slet den ikke: den indeholder gemte ændringer.</translation>
    </message>
    <message>
        <source>The folder {folder} is read-only for you, and SQLite needs to create the database&apos;s companion files ({name}-wal and {name}-shm) there. Make the folder writable, or move the database to a folder you may write to.</source>
        <translation>Mappen {folder} er skrivebeskyttet for dig, og SQLite skal oprette databasens tilhørende filer ({name}-wal og {name}-shm) der. Gør mappen skrivbar, eller flyt databasen til en mappe, du har skriveadgang til.</translation>
    </message>
    <message>
        <source>The database server accepts no changes (read-only).</source>
        <translation>Databaseserveren tager ikke imod ændringer (skrivebeskyttet).</translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved. Free some space and save again.</source>
        <translation>Disken er fuld: intet blev gemt. Frigør noget plads, og gem igen.</translation>
    </message>
    <message>
        <source>The database server is out of space: nothing was saved.</source>
        <translation>Databaseserveren har ikke mere plads: intet blev gemt.</translation>
    </message>
    <message>
        <source>The database file is damaged or is not a database. Restore it from a backup.</source>
        <translation>Databasefilen er beskadiget eller er ikke en database. Gendan den fra en sikkerhedskopi.</translation>
    </message>
    <message>
        <source>The database file cannot be opened: check that its folder exists and that you may write there.</source>
        <translation>Databasefilen kan ikke åbnes: kontrollér, at mappen findes, og at du har skriveadgang til den.</translation>
    </message>
    <message>
        <source>The database server refused the user name or password.</source>
        <translation>Databaseserveren afviste brugernavnet eller adgangskoden.</translation>
    </message>
    <message>
        <source>The database does not exist on that server.</source>
        <translation>Databasen findes ikke på den server.</translation>
    </message>
    <message>
        <source>The database server cannot be reached. Check the network and the database address, then try again.</source>
        <translation>Databaseserveren kan ikke nås. Kontrollér netværket og databaseadressen, og prøv igen.</translation>
    </message>
    <message>
        <source>The connection to the database server was lost: nothing was saved. Check the network, then try again.</source>
        <translation>Forbindelsen til databaseserveren blev afbrudt: intet blev gemt. Kontrollér netværket, og prøv igen.</translation>
    </message>
    <message>
        <source>The connection to the database server was lost while the save was being confirmed: it may or may not have been saved. Open the record again to see, then try again if needed.</source>
        <translation>Forbindelsen til databaseserveren blev afbrudt, før det blev bekræftet, at ændringen var gemt: den er måske gemt, måske ikke. Åbn posten igen for at se efter, og prøv igen om nødvendigt.</translation>
    </message>
    <message>
        <source>The database server stopped the work because it took too long: nothing was saved. Try again; if it keeps happening, tell an administrator (the server may be overloaded).</source>
        <translation>Databaseserveren stoppede arbejdet, fordi det tog for lang tid: intet blev gemt. Prøv igen; sker det igen og igen, så kontakt en administrator (serveren kan være overbelastet).</translation>
    </message>
    <message>
        <source>The database server cancelled the work (perhaps an administrator stopped it): nothing was saved. Try again.</source>
        <translation>Databaseserveren annullerede arbejdet (måske stoppede en administrator det): intet blev gemt. Prøv igen.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} er en mappe, ikke en databasefil.</translation>
    </message>
    <message>
        <source>There is no database at {path}. Check the path, or start custadmin with --new to create an empty database there.</source>
        <translation>Der er ingen database på {path}. Kontrollér stien, eller start custadmin med --new for at oprette en tom database der.</translation>
    </message>
    <message>
        <source>{path} is on a network share. SQLite cannot be used safely there (its write-ahead log needs a local disk); put the file on a local disk, or use a PostgreSQL server for shared use.</source>
        <translation>{path} ligger på et netværksdrev. Der kan SQLite ikke bruges sikkert (dens write-ahead-log kræver en lokal disk); læg filen på en lokal disk, eller brug en PostgreSQL-server til delt brug.</translation>
    </message>
    <message>
        <source>{where} is an SQLite database of another application, not custadmin&apos;s.</source>
        <translation>{where} er en SQLite-database fra et andet program, ikke fra custadmin.</translation>
    </message>
    <message>
        <source>{where} holds tables that are not custadmin&apos;s. Choose a custadmin database, or an empty one.</source>
        <translation>{where} indeholder tabeller, der ikke er custadmins. Vælg en custadmin-database eller en tom database.</translation>
    </message>
    <message>
        <source>{where} is not a custadmin database.</source>
        <translation>{where} er ikke en custadmin-database.</translation>
    </message>
    <message>
        <source>{where} was written by a newer version of custadmin (schema {revision}). Install the newer custadmin to open it; this version will not change it.</source>
        <translation>{where} er skrevet af en nyere version af custadmin (skema {revision}). Installér den nyere custadmin for at åbne den; denne version ændrer den ikke.</translation>
    </message>
    <message>
        <source>The schema upgrade left the database inconsistent; the previous state was restored.</source>
        <translation>Skemaopgraderingen efterlod databasen inkonsistent; den tidligere tilstand er gendannet.</translation>
    </message>
    <message>
        <source>The database could not be brought to this version&apos;s schema; it was left as it was before. See the log for details.</source>
        <translation>Databasen kunne ikke opdateres til denne versions skema; den er uændret. Se loggen for detaljer.</translation>
    </message>
    <message>
        <source>{where}: {message}</source>
        <translation>{where}: {message}</translation>
    </message>
    <message>
        <source>{where} cannot be opened: {reason}</source>
        <translation>{where} kan ikke åbnes: {reason}</translation>
    </message>
    <message>
        <source>The database could not be opened.</source>
        <translation>Databasen kunne ikke åbnes.</translation>
    </message>
    <message>
        <source>The database could not be opened; see the log for details.</source>
        <translation>Databasen kunne ikke åbnes; se loggen for detaljer.</translation>
    </message>
    <message>
        <source>custadmin works with SQLite or PostgreSQL, not {backend}.</source>
        <translation>custadmin arbejder med SQLite eller PostgreSQL, ikke {backend}.</translation>
    </message>
    <message>
        <source>{where} needs a password: put it in the keyring (service {service!r}) or start custadmin interactively.</source>
        <translation>{where} kræver en adgangskode: læg den i nøgleringen (tjeneste {service!r}), eller start custadmin interaktivt.</translation>
    </message>
    <message>
        <source>No valid password was given for {where}.</source>
        <translation>Der blev ikke angivet en gyldig adgangskode til {where}.</translation>
    </message>
    <message>
        <source>Choose the recipient&apos;s e-invoice operator.</source>
        <translation>Vælg modtagerens e-fakturaoperatør.</translation>
    </message>
    <message>
        <source>Not an operator in the catalogue: choose one from the list.</source>
        <translation>Ikke en operatør i kataloget: vælg en fra listen.</translation>
    </message>
    <message>
        <source>{id} is given twice.</source>
        <translation>{id} er angivet to gange.</translation>
    </message>
    <message>
        <source>Already in the network as {name}: search for it and update it.</source>
        <translation>Findes allerede i netværket som {name}: søg den frem, og opdater den.</translation>
    </message>
    <message>
        <source>{id} is already in the network, for {name}.</source>
        <translation>{id} findes allerede i netværket, for {name}.</translation>
    </message>
    <message>
        <source>This recipient is no longer in the network.</source>
        <translation>Modtageren findes ikke længere i netværket.</translation>
    </message>
    <message>
        <source>Someone else changed this recipient meanwhile: search again.</source>
        <translation>En anden har ændret modtageren i mellemtiden: søg igen.</translation>
    </message>
    <message>
        <source>The recipient is at this operator already.</source>
        <translation>Modtageren er allerede hos denne operatør.</translation>
    </message>
    <message>
        <source>A move is waiting to be confirmed already.</source>
        <translation>En flytning afventer allerede bekræftelse.</translation>
    </message>
    <message>
        <source>No move is waiting to be confirmed.</source>
        <translation>Ingen flytning afventer bekræftelse.</translation>
    </message>
    <message>
        <source>{name} has this code already.</source>
        <translation>{name} har allerede denne kode.</translation>
    </message>
    <message>
        <source>A whole number from 0 to 999: the tier&apos;s place in the order (lowest first).</source>
        <translation>Et heltal fra 0 til 999: niveauets plads i rækkefølgen (laveste først).</translation>
    </message>
    <message>
        <source>{name} has this place in the order already.</source>
        <translation>{name} har allerede denne plads i rækkefølgen.</translation>
    </message>
    <message>
        <source>Not a tier in the catalogue: choose one from the list.</source>
        <translation>Intet niveau i kataloget: vælg et fra listen.</translation>
    </message>
    <message>
        <source>Receives e-invoices through {operator} (confirmed {date}).</source>
        <translation>Modtager e-fakturaer via {operator} (bekræftet {date}).</translation>
    </message>
    <message>
        <source>Moving to {new_operator}: still delivered through {operator} until the move is confirmed.</source>
        <translation>Flytter til {new_operator}: leveres stadig via {operator}, indtil flytningen er bekræftet.</translation>
    </message>
    <message>
        <source>Not in the e-invoice network.</source>
        <translation>Findes ikke i e-fakturanetværket.</translation>
    </message>
    <message>
        <source>Registration pending since {date}.</source>
        <translation>Registreringen har afventet siden {date}.</translation>
    </message>
    <message>
        <source>Registration rejected: {reason}</source>
        <translation>Registreringen blev afvist: {reason}</translation>
    </message>
    <message>
        <source>In the network, but the account has no Peppol ID.</source>
        <translation>Findes i netværket, men kontoen har intet Peppol-ID.</translation>
    </message>
    <message>
        <source>The recipient cannot receive invoices through Peppol.</source>
        <translation>Modtageren kan ikke modtage fakturaer via Peppol.</translation>
    </message>
    <message>
        <source>Our service tier {tier} does not reach recipients at {operator}: that needs {needed} or higher.</source>
        <translation>Vores serviceniveau {tier} når ikke modtagere hos {operator}: det kræver {needed} eller højere.</translation>
    </message>
    <message>
        <source>{why} Invoices go as PDF by email to {recipients} meanwhile.</source>
        <translation>{why} Fakturaerne sendes i mellemtiden som PDF pr. e-mail til {recipients}.</translation>
    </message>
    <message>
        <source>{why} Invoices go on paper to {address} meanwhile.</source>
        <translation>{why} Fakturaerne sendes i mellemtiden på papir til {address}.</translation>
    </message>
    <message>
        <source>{why} The customer requires e-invoices: invoices are held until the recipient can receive them.</source>
        <translation>{why} Kunden kræver e-faktura: fakturaerne tilbageholdes, indtil modtageren kan modtage dem.</translation>
    </message>
    <message>
        <source>Only the bureau&apos;s system administrator or a program administrator of the client manager may activate clients.</source>
        <translation>Kun bureauets systemadministrator eller en programadministrator for klientstyringen må aktivere klienter.</translation>
    </message>
    <message>
        <source>A connection request that is {state} cannot {step}.</source>
        <translation>En anmodning om tilknytning, der er {state}, kan ikke {step}.</translation>
    </message>
    <message>
        <source>be sent</source>
        <translation>sendes</translation>
    </message>
    <message>
        <source>be signed</source>
        <translation>underskrives</translation>
    </message>
    <message>
        <source>be declined</source>
        <translation>afvises</translation>
    </message>
    <message>
        <source>be put in the activation list</source>
        <translation>sættes på aktiveringslisten</translation>
    </message>
    <message>
        <source>be activated</source>
        <translation>aktiveres</translation>
    </message>
    <message>
        <source>be disconnected</source>
        <translation>afbrydes</translation>
    </message>
    <message>
        <source>a draft</source>
        <translation>en kladde</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>sendt</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>underskrevet</translation>
    </message>
    <message>
        <source>awaiting activation</source>
        <translation>på aktiveringslisten</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>afvist</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>udløbet</translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation>afbrudt</translation>
    </message>
    <message>
        <source>{name} is not marked as an accounting bureau.</source>
        <translation>{name} er ikke markeret som revisions- og bogføringsbureau.</translation>
    </message>
    <message>
        <source>Only users of an accounting bureau have bureau roles.</source>
        <translation>Kun brugere hos et revisions- og bogføringsbureau har bureauroller.</translation>
    </message>
    <message>
        <source>{name} is not a consultant of the bureau.</source>
        <translation>{name} er ikke konsulent hos bureauet.</translation>
    </message>
    <message>
        <source>{name} is not connected to the bureau yet: access is granted once the client is created by the bureau or its connection form is signed.</source>
        <translation>{name} er endnu ikke tilknyttet bureauet: adgang kan gives, når klienten er oprettet af bureauet, eller dens tilknytningsblanket er underskrevet.</translation>
    </message>
    <message>
        <source>Someone else changed {count} of these boxes since you opened them; nothing was saved. Those boxes now show what is stored; your other changes are kept, not yet saved.</source>
        <translation>En anden har ændret {count} af disse felter, siden du åbnede dem; intet blev gemt. Disse felter viser nu det, der er gemt; dine øvrige ændringer er bevaret, men endnu ikke gemt.</translation>
    </message>
    <message>
        <source>{name} is neither a user of the client nor a consultant with access to it.</source>
        <translation>{name} er hverken bruger hos klienten eller konsulent med adgang til den.</translation>
    </message>
    <message>
        <source>{name} is already a client of the bureau ({state}).</source>
        <translation>{name} er allerede klient hos bureauet ({state}).</translation>
    </message>
    <message>
        <source>A bureau cannot be its own client.</source>
        <translation>Et bureau kan ikke være sin egen klient.</translation>
    </message>
    <message>
        <source>Choose a user of the bureau (a contact with a portal login).</source>
        <translation>Vælg en bruger hos bureauet (en kontakt med portallogin).</translation>
    </message>
    <message>
        <source>Choose a contact of this account.</source>
        <translation>Vælg en kontakt på denne konto.</translation>
    </message>
    <message>
        <source>Choose a contact of the client.</source>
        <translation>Vælg en kontakt hos klienten.</translation>
    </message>
    <message>
        <source>Choose the signed connection form (a file that is not empty).</source>
        <translation>Vælg den underskrevne tilknytningsblanket (en fil, der ikke er tom).</translation>
    </message>
    <message>
        <source>This client is no longer in the bureau&apos;s list.</source>
        <translation>Klienten er ikke længere på bureauets liste.</translation>
    </message>
    <message>
        <source>Someone else changed this client&apos;s connection since you opened it: it is shown as stored now.</source>
        <translation>En anden har ændret klientens tilknytning, siden du åbnede den: den vises nu, som den er gemt.</translation>
    </message>
    <message>
        <source>No consultant of any bureau logs in as {username}.</source>
        <translation>Ingen konsulent hos noget bureau logger ind som {username}.</translation>
    </message>
    <message>
        <source>No client of {bureau} matches “{text}”.</source>
        <translation>Ingen klient hos {bureau} matcher »{text}«.</translation>
    </message>
    <message>
        <source>This program is no longer in the catalogue.</source>
        <translation>Programmet er ikke længere i kataloget.</translation>
    </message>
    <message>
        <source>The program {name} has this code already.</source>
        <translation>Programmet {name} har allerede denne kode.</translation>
    </message>
    <message>
        <source>The connection form must be signed by the client&apos;s system administrator or an authorised signatory.</source>
        <translation>Tilknytningsblanketten skal underskrives af klientens systemadministrator eller en tegningsberettiget.</translation>
    </message>
    <message>
        <source>Only the client&apos;s own system administrator grants program permissions there.</source>
        <translation>Kun klientens egen systemadministrator tildeler programrettigheder der.</translation>
    </message>
    <message>
        <source>The consultant&apos;s login is disabled.</source>
        <translation>Konsulentens login er deaktiveret.</translation>
    </message>
    <message>
        <source>The client&apos;s connection form is not signed yet.</source>
        <translation>Klientens tilknytningsblanket er ikke underskrevet endnu.</translation>
    </message>
    <message>
        <source>The client is not activated yet: it waits in the activation list.</source>
        <translation>Klienten er ikke aktiveret endnu: den venter på aktiveringslisten.</translation>
    </message>
    <message>
        <source>The bureau has not given the consultant access to this client.</source>
        <translation>Bureauet har ikke givet konsulenten adgang til denne klient.</translation>
    </message>
    <message>
        <source>The client&apos;s system administrator has not granted the consultant any program.</source>
        <translation>Klientens systemadministrator har ikke tildelt konsulenten noget program.</translation>
    </message>
    <message>
        <source>Sees {programs}.</source>
        <translation>Ser {programs}.</translation>
    </message>
    <message>
        <source>Personal identity numbers are checked for Swedish, Danish, Norwegian and Finnish accounts; this account&apos;s country is {country}.</source>
        <translation>Personnumre kontrolleres for svenske, danske, norske og finske konti; denne kontos land er {country}.</translation>
    </message>
    <message>
        <source>Not a valid personal identity number.</source>
        <translation>Ikke et gyldigt personnummer.</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>employment number</source>
        <translation>medarbejdernummer</translation>
    </message>
    <message>
        <source>salary type</source>
        <translation>lønform</translation>
    </message>
    <message>
        <source>approver</source>
        <translation>godkender</translation>
    </message>
    <message>
        <source>Give an email, or a personal identity number so that the user can log in with BankID.</source>
        <translation>Angiv en e-mailadresse eller et personnummer, så brugeren kan logge ind med BankID.</translation>
    </message>
    <message>
        <source>A user cannot approve their own reports: choose another user.</source>
        <translation>En bruger kan ikke godkende sine egne rapporter: vælg en anden bruger.</translation>
    </message>
    <message>
        <source>{name} is neither an Approver nor an Administrator.</source>
        <translation>{name} er hverken godkender eller administrator.</translation>
    </message>
    <message>
        <source>{name} lacks {missing}</source>
        <translation>{name} mangler {missing}</translation>
    </message>
    <message>
        <source>Ready to be invited: {ready} of {total}. Missing: {missing}.</source>
        <translation>Klar til invitation: {ready} af {total}. Mangler: {missing}.</translation>
    </message>
    <message>
        <source>Ready to be invited: {ready} of {total}. Nothing is missing.</source>
        <translation>Klar til invitation: {ready} af {total}. Intet mangler.</translation>
    </message>
    <message>
        <source>No free licence: the agreement has {licences}, {in_use} in use, {free} free. Add licences first.</source>
        <translation>Ingen ledig licens: aftalen har {licences}, {in_use} i brug, {free} ledige. Tilføj licenser først.</translation>
    </message>
    <message>
        <source>The collective invoice goes to the partner: invoice the partner.</source>
        <translation>Samlefakturaen går til partneren: fakturér partneren.</translation>
    </message>
    <message>
        <source>The partner has no reseller agreement: without one, the customer&apos;s licences cannot go on the partner&apos;s collective invoice.</source>
        <translation>Partneren har ingen forhandleraftale: uden en sådan kan kundens licenser ikke komme på partnerens samlefaktura.</translation>
    </message>
    <message>
        <source>No email: no welcome email can be sent. Tell the user to log in with BankID; they enter an email at their first login.</source>
        <translation>Ingen e-mail: der kan ikke sendes en velkomstmail. Bed brugeren logge ind med BankID; vedkommende angiver en e-mailadresse ved første login.</translation>
    </message>
    <message>
        <source>Not ready to be invited: missing {missing}.</source>
        <translation>Ikke klar til invitation: mangler {missing}.</translation>
    </message>
    <message>
        <source>This user is no longer on the account&apos;s licences.</source>
        <translation>Brugeren er ikke længere på kontoens licenser.</translation>
    </message>
    <message>
        <source>Someone else changed this user since you opened it; nothing was saved.</source>
        <translation>En anden har ændret brugeren, siden du åbnede den; intet blev gemt.</translation>
    </message>
    <message>
        <source>Too few: the account needs licences for {in_use} users at least.</source>
        <translation>For få: kontoen skal have licenser til mindst {in_use} brugere.</translation>
    </message>
    <message>
        <source>Too many: at most {most} licences at a time.</source>
        <translation>For mange: højst {most} licenser ad gangen.</translation>
    </message>
    <message>
        <source>Already given for {name}, another user of this account.</source>
        <translation>Er allerede angivet for {name}, en anden bruger på denne konto.</translation>
    </message>
    <message>
        <source>The approver is not a user of this account any more.</source>
        <translation>Godkenderen er ikke længere bruger på denne konto.</translation>
    </message>
    <message>
        <source>Still the approver of other users ({count}): choose them another approver first.</source>
        <translation>Er stadig godkender for andre brugere ({count}): vælg først en anden godkender til dem.</translation>
    </message>
    <message>
        <source>{name} is neither a bureau nor a reseller: only partners create accounts through a partnership.</source>
        <translation>{name} er hverken et bureau eller en forhandler: kun partnere opretter konti via et samarbejde.</translation>
    </message>
    <message>
        <source>This product is no longer in the catalogue.</source>
        <translation>Produktet er ikke længere i kataloget.</translation>
    </message>
    <message>
        <source>This account&apos;s partnership no longer exists.</source>
        <translation>Kontoens samarbejde findes ikke længere.</translation>
    </message>
    <message>
        <source>Someone else changed the agreement since you opened it; nothing was saved.</source>
        <translation>En anden har ændret aftalen, siden du åbnede den; intet blev gemt.</translation>
    </message>
    <message>
        <source>A code of lower-case letters a–z, digits and _ (at most 40), e.g. easy_plus.</source>
        <translation>En kode af små bogstaver a–z, cifre og _ (højst 40), fx easy_plus.</translation>
    </message>
    <message>
        <source>A price cannot be negative.</source>
        <translation>En pris kan ikke være negativ.</translation>
    </message>
    <message>
        <source>A currency code of three letters, e.g. SEK, DKK, NOK or EUR.</source>
        <translation>En valutakode på tre bogstaver, fx SEK, DKK, NOK eller EUR.</translation>
    </message>
    <message>
        <source>The reseller price must not be above the licence price.</source>
        <translation>Forhandlerprisen må ikke være højere end licensprisen.</translation>
    </message>
    <message>
        <source>The product {name} has this code already.</source>
        <translation>Produktet {name} har allerede denne kode.</translation>
    </message>
    <message>
        <source>This account was not created through a partnership: it has no licences to give.</source>
        <translation>Denne konto er ikke oprettet via et samarbejde: den har ingen licenser at tildele.</translation>
    </message>
    <message>
        <source>Not a host name or IP address (e.g. smtp.example.com).</source>
        <translation>Ikke et servernavn eller en IP-adresse (fx smtp.example.com).</translation>
    </message>
    <message>
        <source>A port from 1 to 65535.</source>
        <translation>En port fra 1 til 65535.</translation>
    </message>
    <message>
        <source>Choose STARTTLS, TLS or none.</source>
        <translation>Vælg STARTTLS, TLS eller ingen.</translation>
    </message>
    <message>
        <source>Unencrypted only to a mail server on this computer (localhost or 127.0.0.1): choose STARTTLS or TLS.</source>
        <translation>Ukrypteret kun til en mailserver på denne computer (localhost eller 127.0.0.1): vælg STARTTLS eller TLS.</translation>
    </message>
    <message>
        <source>A password needs a user name.</source>
        <translation>En adgangskode kræver et brugernavn.</translation>
    </message>
    <message>
        <source>The outgoing mail settings were changed by someone else since you opened them.</source>
        <translation>Indstillingerne for udgående mail er blevet ændret af en anden, siden du åbnede dem.</translation>
    </message>
    <message>
        <source>The outgoing mail settings are incomplete: correct them in Outgoing mail.</source>
        <translation>Indstillingerne for udgående mail er ufuldstændige: ret dem under Udgående mail.</translation>
    </message>
    <message>
        <source>No password is kept for {username} at {host} (without a keyring it is forgotten when custadmin closes): type it again in Outgoing mail.</source>
        <translation>Der er ingen adgangskode gemt for {username} på {host} (uden nøglering glemmes den, når custadmin lukkes): skriv den igen under Udgående mail.</translation>
    </message>
    <message>
        <source>The email has no recipient.</source>
        <translation>E-mailen har ingen modtager.</translation>
    </message>
    <message>
        <source>The mail server {server} refused the connection: are the host and port right, and is the server running?</source>
        <translation>Mailserveren {server} afviste forbindelsen: er server og port korrekte, og kører serveren?</translation>
    </message>
    <message>
        <source>The mail server {server} did not answer in time (seconds: {seconds}).</source>
        <translation>Mailserveren {server} svarede ikke i tide (sekunder: {seconds}).</translation>
    </message>
    <message>
        <source>The mail server&apos;s host name {host} is not known: check its spelling and the network.</source>
        <translation>Mailserverens navn {host} kendes ikke: kontrollér stavemåden og netværket.</translation>
    </message>
    <message>
        <source>Cannot reach the mail server {server}: {reason}</source>
        <translation>Mailserveren {server} kan ikke nås: {reason}</translation>
    </message>
    <message>
        <source>The mail server {server} closed the connection unexpectedly; the email was not sent.</source>
        <translation>Mailserveren {server} lukkede uventet forbindelsen; e-mailen blev ikke sendt.</translation>
    </message>
    <message>
        <source>The mail server {server} refused to serve custadmin: {reply}</source>
        <translation>Mailserveren {server} nægtede at betjene custadmin: {reply}</translation>
    </message>
    <message>
        <source>The mail server {server} does not offer STARTTLS, and custadmin never sends unencrypted: choose TLS (often port 465) or ask the server&apos;s administrator.</source>
        <translation>Mailserveren {server} tilbyder ikke STARTTLS, og custadmin sender aldrig ukrypteret: vælg TLS (ofte port 465), eller spørg serverens administrator.</translation>
    </message>
    <message>
        <source>The certificate of the mail server {server} is not trusted: {reason}</source>
        <translation>Certifikatet for mailserveren {server} er ikke betroet: {reason}</translation>
    </message>
    <message>
        <source>The encrypted connection to {server} failed ({reason}): does the server expect STARTTLS or TLS on this port?</source>
        <translation>Den krypterede forbindelse til {server} mislykkedes ({reason}): forventer serveren STARTTLS eller TLS på denne port?</translation>
    </message>
    <message>
        <source>The mail server refused the user name or password: {reply}</source>
        <translation>Mailserveren afviste brugernavnet eller adgangskoden: {reply}</translation>
    </message>
    <message>
        <source>The mail server {server} offers no login custadmin can use on this connection: leave the user name empty, or choose another port or security.</source>
        <translation>Mailserveren {server} tilbyder ingen loginmetode, som custadmin kan bruge på denne forbindelse: lad brugernavnet være tomt, eller vælg en anden port eller sikkerhed.</translation>
    </message>
    <message>
        <source>The mail server refused the sender {sender}: {reply}</source>
        <translation>Mailserveren afviste afsenderen {sender}: {reply}</translation>
    </message>
    <message>
        <source>The mail server refused to deliver to {recipients}: {reply}</source>
        <translation>Mailserveren nægtede at levere til {recipients}: {reply}</translation>
    </message>
    <message>
        <source>The email went to the other recipients, but the mail server refused {recipients}: {reply}</source>
        <translation>E-mailen blev sendt til de øvrige modtagere, men mailserveren afviste {recipients}: {reply}</translation>
    </message>
    <message>
        <source>The mail server refused the email: {reply}</source>
        <translation>Mailserveren afviste e-mailen: {reply}</translation>
    </message>
    <message>
        <source>The mail server answered with an error: {reply}</source>
        <translation>Mailserveren svarede med en fejl: {reply}</translation>
    </message>
    <message>
        <source>Sending the email failed: {reason}</source>
        <translation>Afsendelsen af e-mailen mislykkedes: {reason}</translation>
    </message>
    <message>
        <source>Cannot write the email into the outbox folder {folder}: {reason}</source>
        <translation>E-mailen kan ikke skrives til udbakkemappen {folder}: {reason}</translation>
    </message>
    <message>
        <source>Choose a month from 1 to 12 of a year from 1 to 9999 (not month {month} of {year}).</source>
        <translation>Vælg en måned fra 1 til 12 i et år fra 1 til 9999 (ikke måned {month} i {year}).</translation>
    </message>
    <message>
        <source>{name} had no reseller agreement in this month, and a collective invoice needs one.</source>
        <translation>{name} havde ingen forhandleraftale i denne måned, og en samlefaktura kræver en.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Reseller price per month</source>
        <translation>Forhandlerpris pr. måned</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Licences at start</source>
        <translation>Licenser ved månedens start</translation>
    </message>
    <message>
        <source>Licences at end</source>
        <translation>Licenser ved månedens slutning</translation>
    </message>
    <message>
        <source>Licence-days</source>
        <translation>Licensdage</translation>
    </message>
    <message>
        <source>Changes in the month</source>
        <translation>Ændringer i måneden</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløb</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Add-on</source>
        <translation>Tillægsydelse</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>I alt</translation>
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
        <translation>Kode</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Access point&apos;s Peppol ID</source>
        <translation>Adgangspunktets Peppol-ID</translation>
    </message>
    <message>
        <source>e.g. 0007:5567321707</source>
        <translation>f.eks. 0007:5567321707</translation>
    </message>
    <message>
        <source>Place in the order</source>
        <translation>Plads i rækkefølgen</translation>
    </message>
    <message>
        <source>0 for the lowest tier</source>
        <translation>0 for det laveste niveau</translation>
    </message>
</context>
<context>
    <name>EInvoiceNetwork</name>
    <message>
        <source>pending since {date}</source>
        <extracomment>The field the participant IDs are typed in (errors come as participant_ids.N).</extracomment>
        <translation>afventer siden {date}</translation>
    </message>
    <message>
        <source>confirmed {date}</source>
        <translation>bekræftet {date}</translation>
    </message>
    <message>
        <source>rejected {date}</source>
        <translation>afvist {date}</translation>
    </message>
    <message>
        <source>{state}; moving to {operator}</source>
        <translation>{state}; flytter til {operator}</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Firmanavn</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Organisation number</source>
        <translation>CVR-/organisationsnummer</translation>
    </message>
    <message>
        <source>e.g. 556036-0793</source>
        <translation>f.eks. 556036-0793</translation>
    </message>
    <message>
        <source>E-invoice operator</source>
        <translation>E-fakturaoperatør</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>where the confirmation is asked for</source>
        <translation>hvor bekræftelsen anmodes</translation>
    </message>
    <message>
        <source>Peppol IDs</source>
        <translation>Peppol-id&apos;er</translation>
    </message>
    <message>
        <source>e.g. 0007:5560360793; several separated by commas</source>
        <translation>f.eks. 0007:5560360793; flere adskilt med komma</translation>
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
        <translation>Kunden kræver &amp;e-faktura</translation>
    </message>
    <message>
        <source>Invoices are then never sent as PDF or on paper: they are held until the customer can receive e-invoices.</source>
        <translation>Fakturaer sendes så aldrig som PDF eller på papir: de tilbageholdes, indtil kunden kan modtage e-faktura.</translation>
    </message>
    <message>
        <source>Search the net&amp;work</source>
        <translation>&amp;Søg i netværket</translation>
    </message>
    <message>
        <source>Find the customer in the e-invoice network by organisation number</source>
        <translation>Find kunden i e-fakturanetværket på CVR-/organisationsnummer</translation>
    </message>
    <message>
        <source>Register in the networ&amp;k…</source>
        <translation>Reg&amp;istrér i netværket…</translation>
    </message>
    <message>
        <source>Searches first; registers the customer if the network does not know it</source>
        <translation>Søger først; registrerer kunden, hvis netværket ikke kender den</translation>
    </message>
    <message>
        <source>Reading the e-invoice state…</source>
        <translation>Læser e-fakturastatus…</translation>
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
        <translation>afventer</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>bekræftet</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>afvist</translation>
    </message>
    <message>
        <source>e-invoice (Peppol)</source>
        <translation>e-faktura (Peppol)</translation>
    </message>
    <message>
        <source>PDF by email</source>
        <translation>PDF pr. e-mail</translation>
    </message>
    <message>
        <source>paper</source>
        <translation>papir</translation>
    </message>
    <message>
        <source>held</source>
        <translation>tilbageholdt</translation>
    </message>
    <message>
        <source>Receives e-invoices</source>
        <translation>Modtager e-faktura</translation>
    </message>
    <message>
        <source>Moving to another operator</source>
        <translation>Flytter til anden operatør</translation>
    </message>
    <message>
        <source>No Peppol ID</source>
        <translation>Intet Peppol-id</translation>
    </message>
    <message>
        <source>Not in the network</source>
        <translation>Ikke i netværket</translation>
    </message>
    <message>
        <source>Registration pending</source>
        <translation>Registrering afventer</translation>
    </message>
    <message>
        <source>Registration rejected</source>
        <translation>Registrering afvist</translation>
    </message>
    <message>
        <source>Cannot receive invoices</source>
        <translation>Kan ikke modtage fakturaer</translation>
    </message>
    <message>
        <source>Our tier does not reach it</source>
        <translation>Vores niveau når den ikke</translation>
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
        <translation>{operator}, {time}</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <extracomment>What no longer applies once there is nothing unsaved. The operator&apos;s edits (un)became unsaved. Anything the operator changed (for live views that follow the draft). Saved, or another action of the page stored something: the new ``Stored``. Someone else&apos;s change was read and is now shown (no unsaved edits were there). What saving here needs; the Save button says why when the operator lacks it. The kind of :class:`ChangeSubject` the page edits (&quot;account&quot;, …): the page then watches for changes saved elsewhere. None: it does not. The row of :meth:`button_row`, once the page has laid it out. After *Keep my edits*: fields both changed → the value the other saved.</extracomment>
        <translation>Fortry&amp;d</translation>
    </message>
    <message>
        <source>Undo every unsaved change (Esc)</source>
        <translation>Fortryd alle ikke-gemte ændringer (Esc)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <source>Save the changes (Ctrl+S)</source>
        <translation>Gem ændringerne (Ctrl+S)</translation>
    </message>
    <message>
        <source>This page</source>
        <translation>Denne side</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gemt.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Indlæser…</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ikke-gemte ændringer</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Gemmer…</translation>
    </message>
    <message>
        <source>Not saved: correct the fields marked in red.</source>
        <translation>Ikke gemt: ret de felter, der er markeret med rødt.</translation>
    </message>
    <message>
        <source>Not saved: changed by someone else.</source>
        <translation>Ikke gemt: ændret af en anden.</translation>
    </message>
    <message>
        <source>Their changes are loaded underneath yours; Save to apply yours.</source>
        <translation>Deres ændringer er indlæst under dine; vælg Gem for at anvende dine.</translation>
    </message>
    <message>
        <source>Not saved; your edits are still in the form.</source>
        <translation>Ikke gemt; dine ændringer står stadig i formularen.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ikke gemt</translation>
    </message>
    <message>
        <source>Updated: {who} saved a change.</source>
        <translation>Opdateret: {who} har gemt en ændring.</translation>
    </message>
    <message>
        <source>Updated: someone else saved a change.</source>
        <translation>Opdateret: en anden har gemt en ændring.</translation>
    </message>
    <message>
        <source>{who} saved a change meanwhile: Save will show you what changed.</source>
        <translation>{who} har gemt en ændring i mellemtiden: Gem viser dig, hvad der er ændret.</translation>
    </message>
    <message>
        <source>Someone else saved a change meanwhile: Save will show you what changed.</source>
        <translation>En anden har gemt en ændring i mellemtiden: Gem viser dig, hvad der er ændret.</translation>
    </message>
    <message>
        <source>ticked</source>
        <translation>markeret</translation>
    </message>
    <message>
        <source>not ticked</source>
        <translation>ikke markeret</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>&amp;Reaches recipients at other operators</source>
        <translation>&amp;Når modtagere hos andre operatører</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>An unexpected error stopped this; nothing was changed. See the log for details.</source>
        <extracomment>The translation context of every domain message.</extracomment>
        <translation>En uventet fejl stoppede handlingen; intet blev ændret. Se loggen for detaljer.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Export search result</source>
        <translation>Eksportér søgeresultat</translation>
    </message>
    <message>
        <source>Export register</source>
        <translation>Eksportér kunderegister</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, comma-separated (*.csv)</source>
        <translation>Excel-projektmappe (*.xlsx);;CSV, kommasepareret (*.csv)</translation>
    </message>
    <message>
        <source>Export with full identity numbers</source>
        <translation>Eksportér med fulde personnumre</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>Skriver {file}…</translation>
    </message>
    <message>
        <source>Personal identity numbers are in full: keep the file safe. The export is recorded in the audit trail.</source>
        <translation>Personnumrene står i fuld længde: opbevar filen sikkert. Eksporten registreres i ændringsloggen.</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Eksport annulleret: der blev ikke skrevet nogen fil.</translation>
    </message>
    <message>
        <source>Nothing was exported: {reason}</source>
        <translation>Intet blev eksporteret: {reason}</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Account name</source>
        <extracomment>&quot;text&quot;, &quot;account_country&quot;, &quot;contact_country&quot;, &quot;service_type&quot;, or &quot;choice&quot; (a list the form&apos;s owner fills: ``editor(key)`` is a :class:`CodeCombo`).</extracomment>
        <translation>Kontonavn</translation>
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
        <translation>fx 556036-0793; tomt for en privatkunde</translation>
    </message>
    <message>
        <source>Peppol ID</source>
        <translation>Peppol-id</translation>
    </message>
    <message>
        <source>for e-invoices, e.g. 0007:5560360793</source>
        <translation>til e-fakturaer, fx 0007:5560360793</translation>
    </message>
    <message>
        <source>Service type</source>
        <translation>Tjenestetype</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Fornavn</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Efternavn</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Organisationsnavn</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>navn@example.com</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>e.g. 070-123 45 67</source>
        <translation>fx 070-123 45 67</translation>
    </message>
    <message>
        <source>Address line 1</source>
        <translation>Adresselinje 1</translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation>Adresselinje 2</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <source>City</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Required</source>
        <extracomment>Emitted with the key of a field whose value changed. Emitted with the key of a field the operator left (editing finished).</extracomment>
        <translation>Påkrævet</translation>
    </message>
</context>
<context>
    <name>FindPage</name>
    <message>
        <source>Find the client&apos;s account</source>
        <translation>Find klientens konto</translation>
    </message>
    <message>
        <source>Search by name, organisation number, customer number, email or phone, then choose the account.</source>
        <translation>Søg på navn, organisationsnummer, kundenummer, e-mail eller telefon, og vælg derefter kontoen.</translation>
    </message>
    <message>
        <source>what the caller tells you</source>
        <translation>hvad opkalderen fortæller dig</translation>
    </message>
    <message>
        <source>Se&amp;arch:</source>
        <translation>&amp;Søg:</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>Accounts found</source>
        <translation>Fundne konti</translation>
    </message>
    <message>
        <source>No account matches. To add a client that has no account yet, go back and create one.</source>
        <translation>Ingen konto matcher. Gå tilbage, og opret en konto for at tilføje en klient, der endnu ikke har en konto.</translation>
    </message>
</context>
<context>
    <name>FormPage</name>
    <message>
        <source>The connection form</source>
        <translation>Tilknytningsblanketten</translation>
    </message>
    <message>
        <source>The client&apos;s system administrator or an authorised signatory must sign it. After Finish, save the form as a PDF from the Clients tab and send it.</source>
        <translation>Klientens systemadministrator eller en tegningsberettiget skal underskrive den. Efter Udfør skal du gemme blanketten som PDF under fanen Klienter og sende den.</translation>
    </message>
    <message>
        <source>Consultant &amp;responsible:</source>
        <translation>Ansva&amp;rlig konsulent:</translation>
    </message>
    <message>
        <source>To be signed &amp;by:</source>
        <translation>Skal underskrives &amp;af:</translation>
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
Administration af kundekonti.

Database: {database}
Logmappe: {logs}</translation>
    </message>
    <message>
        <source>The system&apos;s language ({language})</source>
        <translation>Systemets sprog ({language})</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>custadmin speaks:</source>
        <translation>custadmin bruger:</translation>
    </message>
    <message>
        <source>custadmin speaks {language} from its next start.</source>
        <translation>custadmin bruger {language} fra næste start.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Sagsbehandler</translation>
    </message>
    <message>
        <source>For caller</source>
        <translation>For opkalder</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ændring</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Adgangskode ændret</translation>
    </message>
    <message>
        <source>{field}: {before} → {after}</source>
        <translation>{field}: {before} → {after}</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tom)</translation>
    </message>
    <message>
        <source>{caller} (verified by {how})</source>
        <translation>{caller} (bekræftet via {how})</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Show changes of field</source>
        <translation>Vis ændringer af felt</translation>
    </message>
    <message>
        <source>Show changes by operator</source>
        <translation>Vis ændringer foretaget af sagsbehandler</translation>
    </message>
    <message>
        <source>F&amp;ield:</source>
        <translation>F&amp;elt:</translation>
    </message>
    <message>
        <source>&amp;Operator:</source>
        <translation>&amp;Sagsbehandler:</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Læser…</translation>
    </message>
    <message>
        <source>Every field</source>
        <translation>Alle felter</translation>
    </message>
    <message>
        <source>Every operator</source>
        <translation>Alle sagsbehandlere</translation>
    </message>
    <message>
        <source>No changes recorded</source>
        <translation>Ingen ændringer registreret</translation>
    </message>
    <message numerus="yes">
        <source>%Ln changes</source>
        <translation>
            <numerusform>%Ln ændring</numerusform>
            <numerusform>%Ln ændringer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import customers</source>
        <translation>Importér kunder</translation>
    </message>
    <message>
        <source>A CSV or Excel (.xlsx) file, one contact per row</source>
        <translation>En CSV- eller Excel-fil (.xlsx), én kontakt pr. række</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Fil, der skal importeres</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Vælg fil…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolonner</translation>
    </message>
    <message>
        <source>Colu&amp;mns (guessed from the headers; * required)</source>
        <translation>&amp;Kolonner (gættet ud fra overskrifterne; * = påkrævet)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Forhåndsvisning</translation>
    </message>
    <message>
        <source>&amp;Preview (first {n} rows)</source>
        <translation>F&amp;orhåndsvisning (de første {n} rækker)</translation>
    </message>
    <message>
        <source>C&amp;heck the file</source>
        <translation>&amp;Tjek filen</translation>
    </message>
    <message>
        <source>Choose a file to import.</source>
        <translation>Vælg en fil, der skal importeres.</translation>
    </message>
    <message>
        <source>Refused lines</source>
        <translation>Afviste linjer</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>&amp;Gem rapport…</translation>
    </message>
    <message>
        <source>&amp;Refused lines</source>
        <translation>&amp;Afviste linjer</translation>
    </message>
    <message>
        <source>&amp;Import valid accounts</source>
        <translation>&amp;Importér gyldige konti</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <source>Customer files (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>Kundefiler (*.csv *.txt *.xlsx);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Save the refused lines</source>
        <translation>Gem de afviste linjer</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Læser filen…</translation>
    </message>
    <message>
        <source>This file cannot be imported.</source>
        <translation>Filen kan ikke importeres.</translation>
    </message>
    <message>
        <source>No column chosen for: {fields}.</source>
        <translation>Ingen kolonne valgt for: {fields}.</translation>
    </message>
    <message>
        <source>Check the columns on the left, then check the file: nothing is imported yet.</source>
        <translation>Tjek kolonnerne til venstre, og tjek derefter filen: der er ikke importeret noget endnu.</translation>
    </message>
    <message>
        <source>Refused lines appear here after the check.</source>
        <translation>Afviste linjer vises her efter tjekket.</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Tjekker alle rækker…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Tjekker…</translation>
    </message>
    <message>
        <source>This file cannot be imported: see below.</source>
        <translation>Filen kan ikke importeres: se nedenfor.</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln rows are valid: {accounts} with {contacts}.</source>
        <translation>
            <numerusform>%Ln række er gyldig: {accounts} med {contacts}.</numerusform>
            <numerusform>Alle %Ln rækker er gyldige: {accounts} med {contacts}.</numerusform>
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
            <numerusform>%Ln række tjekket: {accounts} med {contacts} er gyldige; {refused} (se nedenfor). Afviste linjer importeres ikke, og det gør resten af deres konto heller ikke.</numerusform>
            <numerusform>%Ln rækker tjekket: {accounts} med {contacts} er gyldige; {refused} (se nedenfor). Afviste linjer importeres ikke, og det gør resten af deres konto heller ikke.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln lines are refused</source>
        <translation>
            <numerusform>%Ln linje er afvist</numerusform>
            <numerusform>%Ln linjer er afvist</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %Ln valid accounts</source>
        <translation>
            <numerusform>&amp;Importér %Ln gyldig konto</numerusform>
            <numerusform>&amp;Importér %Ln gyldige konti</numerusform>
        </translation>
    </message>
    <message>
        <source>Cl&amp;ose</source>
        <translation>&amp;Luk</translation>
    </message>
    <message>
        <source>Check cancelled. Nothing was imported.</source>
        <translation>Tjek annulleret. Intet blev importeret.</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Gem rapport</translation>
    </message>
    <message>
        <source>The report could not be saved: {reason}</source>
        <translation>Rapporten kunne ikke gemmes: {reason}</translation>
    </message>
    <message>
        <source>Report saved to {path}.</source>
        <translation>Rapporten er gemt i {path}.</translation>
    </message>
    <message numerus="yes">
        <source>Importing %Ln accounts…</source>
        <translation>
            <numerusform>Importerer %Ln konto…</numerusform>
            <numerusform>Importerer %Ln konti…</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported {accounts} with {contacts}.</source>
        <translation>Importerede {accounts} med {contacts}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln accounts were left out: someone stored them while you were checking.</source>
        <translation>
            <numerusform>%Ln konto blev udeladt: en anden gemte den, mens du tjekkede.</numerusform>
            <numerusform>%Ln konti blev udeladt: en anden gemte dem, mens du tjekkede.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled: nothing was imported.</source>
        <translation>Import annulleret: intet blev importeret.</translation>
    </message>
    <message>
        <source>— not in the file —</source>
        <translation>— ikke i filen —</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <source>Account reference</source>
        <translation>Kontoreference</translation>
    </message>
</context>
<context>
    <name>InternetPage</name>
    <message>
        <source>&amp;Save rights</source>
        <extracomment>Rows shown before the matrix scrolls; portal users per account are few. The operator wants the login check for this user name.</extracomment>
        <translation>&amp;Gem rettigheder</translation>
    </message>
    <message>
        <source>Undo every unsaved tick</source>
        <translation>Fortryd alle markeringer, der ikke er gemt</translation>
    </message>
    <message>
        <source>Portal rights per user</source>
        <translation>Portalrettigheder pr. bruger</translation>
    </message>
    <message>
        <source>No one may log in to the portal for this account. Give a contact portal access on Manage contacts.</source>
        <translation>Ingen må logge ind i portalen for denne konto. Giv en kontakt portaladgang under Administrer kontakter.</translation>
    </message>
    <message>
        <source>Portal user</source>
        <translation>Portalbruger</translation>
    </message>
    <message>
        <source>Rights of the selected user</source>
        <translation>Rettigheder for den valgte bruger</translation>
    </message>
    <message>
        <source>&amp;Login check for this user…</source>
        <translation>&amp;Logintjek for denne bruger…</translation>
    </message>
    <message>
        <source>What the portal answers when this person logs in: the companies they may choose, their rights there, or exactly why they cannot log in.</source>
        <translation>Hvad portalen svarer, når personen logger ind: de virksomheder, personen kan vælge, rettighederne dér, eller præcis hvorfor personen ikke kan logge ind.</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Brugernavn:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Adgangskode:</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Login:</translation>
    </message>
    <message>
        <source>Also logs in for:</source>
        <translation>Logger også ind for:</translation>
    </message>
    <message>
        <source>Control panel:</source>
        <translation>Kontrolpanel:</translation>
    </message>
    <message>
        <source>Ri&amp;ghts in the portal (following unsaved ticks):</source>
        <translation>R&amp;ettigheder i portalen (følger ikke-gemte markeringer):</translation>
    </message>
    <message>
        <source>The portal rights</source>
        <translation>Portalrettighederne</translation>
    </message>
    <message>
        <source>Service type: {kind} (change it on My details)</source>
        <translation>Servicetype: {kind} (ændres under Mine oplysninger)</translation>
    </message>
    <message>
        <source>Rights saved.</source>
        <translation>Rettigheder gemt.</translation>
    </message>
    <message>
        <source>{name}: {right}</source>
        <translation>{name}: {right}</translation>
    </message>
    <message>
        <source>Portal user: {name}</source>
        <translation>Portalbruger: {name}</translation>
    </message>
    <message>
        <source>Portal user: {name} (main contact)</source>
        <translation>Portalbruger: {name} (hovedkontakt)</translation>
    </message>
    <message>
        <source>Password set</source>
        <translation>Adgangskode angivet</translation>
    </message>
    <message>
        <source>No password: this person cannot log in until one is set on Manage contacts.</source>
        <translation>Ingen adgangskode: personen kan ikke logge ind, før der er angivet en under Administrer kontakter.</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiveret</translation>
    </message>
    <message>
        <source>Disabled: no one can log in with it, for any account it serves.</source>
        <translation>Deaktiveret: ingen kan logge ind med det, for nogen af de konti, det giver adgang til.</translation>
    </message>
    <message>
        <source>{account} (customer {number}), as {name}{access}</source>
        <translation>{account} (kunde {number}), som {name}{access}</translation>
    </message>
    <message>
        <source> — portal access off</source>
        <translation> — portaladgang slået fra</translation>
    </message>
    <message>
        <source>No other account</source>
        <translation>Ingen anden konto</translation>
    </message>
</context>
<context>
    <name>Invitations</name>
    <message>
        <source>into the outbox folder</source>
        <extracomment>Qt&apos;s translate under the name pyside6-lupdate looks for. (name, why) (name, why): refused before any mail (no email, not ready).</extracomment>
        <translation>til udbakkemappen</translation>
    </message>
    <message>
        <source>through the mail server</source>
        <translation>via mailserveren</translation>
    </message>
    <message>
        <source>Failed for {name}: {why}</source>
        <translation>Mislykkedes for {name}: {why}</translation>
    </message>
    <message>
        <source>Send the invitation again to retry a failed one.</source>
        <translation>Vælg Send invitationen igen for at prøve en mislykket invitation igen.</translation>
    </message>
    <message>
        <source>None for {name}: {why}</source>
        <translation>Ingen velkomstmail til {name}: {why}</translation>
    </message>
    <message>
        <source>Cancelled: the others were not sent.</source>
        <translation>Annulleret: de øvrige blev ikke sendt.</translation>
    </message>
    <message>
        <source>Welcome emails</source>
        <translation>Velkomstmails</translation>
    </message>
    <message>
        <source>Sending welcome emails…</source>
        <translation>Sender velkomstmails…</translation>
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
        <translation>{product} (tillægsydelse)</translation>
    </message>
    <message>
        <source>Total: {amounts}</source>
        <translation>I alt: {amounts}</translation>
    </message>
    <message>
        <source>No. {number}</source>
        <extracomment>The page&apos;s margins, in millimetres. Each column&apos;s share of the table&apos;s width, and its alignment. The CSV column titles over the PDF&apos;s columns.</extracomment>
        <translation>Nr. {number}</translation>
    </message>
    <message>
        <source>Collective invoice basis</source>
        <translation>Grundlag for samlefaktura</translation>
    </message>
    <message>
        <source>Created {date}</source>
        <translation>Oprettet {date}</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Customer number {number}</source>
        <translation>Kundenummer {number}</translation>
    </message>
    <message>
        <source>Organisation number {number}</source>
        <translation>CVR-/organisationsnummer {number}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Side {page} af {pages}</translation>
    </message>
    <message>
        <source>No customer of {partner} on the collective invoice had licences or add-ons in {period}.</source>
        <translation>Ingen af {partner}s kunder på samlefakturaen havde licenser eller tillægsydelser i {period}.</translation>
    </message>
    <message>
        <source>Licence-days: the licences in effect on each day of the month, added up (a customer whose partnership began during the month counts from that day; an add-on counts one licence on each day it is active). Amount: the licence-days × the reseller price per month ÷ {days}, the days of {period}, rounded to the nearest hundredth.</source>
        <translation>Licensdage: de licenser, der gjaldt hver dag i måneden, lagt sammen (en kunde, hvis samarbejde begyndte i løbet af måneden, tælles fra den dag; en tillægsydelse tæller som én licens hver dag, den er aktiv). Beløb: licensdagene × forhandlerprisen pr. måned ÷ {days}, antallet af dage i {period}, afrundet til nærmeste hundrededel.</translation>
    </message>
</context>
<context>
    <name>InvoiceBasisDialog</name>
    <message>
        <source>Collective invoice basis</source>
        <extracomment>A basis was read and shown. A file was written: its path. Reading or exporting failed: what the operator is told.</extracomment>
        <translation>Grundlag for samlefaktura</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Måned</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Måned:</translation>
    </message>
    <message>
        <source>Lines of the collective invoice basis</source>
        <translation>Linjer i grundlaget for samlefaktura</translation>
    </message>
    <message>
        <source>&amp;Lines:</source>
        <translation>Li&amp;njer:</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>&amp;Eksportér CSV…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Eksportér &amp;PDF…</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Læser…</translation>
    </message>
    <message>
        <source>Collective invoice basis — {partner}</source>
        <translation>Grundlag for samlefaktura — {partner}</translation>
    </message>
    <message>
        <source>{partner}: collective invoice basis for {period}</source>
        <translation>{partner}: grundlag for samlefaktura, {period}</translation>
    </message>
    <message>
        <source>Customer number {number}</source>
        <translation>Kundenummer {number}</translation>
    </message>
    <message>
        <source>Organisation number {number}</source>
        <translation>Organisationsnummer {number}</translation>
    </message>
    <message>
        <source>{customers} customers, {lines} lines. Each amount: the licence-days × the reseller price per month ÷ {days} days, rounded to the nearest hundredth.</source>
        <translation>{customers} kunder, {lines} linjer. Hvert beløb: licensdagene × forhandlerprisen pr. måned ÷ {days} dage, afrundet til nærmeste hundrededel.</translation>
    </message>
    <message>
        <source>{partner} has no customers on a collective invoice. A customer is on it when its partnership invoices the partner with the collective invoice.</source>
        <translation>{partner} har ingen kunder på en samlefaktura. En kunde kommer med på den, når kundens samarbejde fakturerer partneren via samlefakturaen.</translation>
    </message>
    <message>
        <source>Nothing to invoice {partner} for {period}: none of its customers on the collective invoice had licences or add-ons in that month.</source>
        <translation>Intet at fakturere {partner} for {period}: ingen af partnerens kunder på samlefakturaen havde licenser eller tillægsydelser i den måned.</translation>
    </message>
    <message>
        <source>CSV, comma-separated (*.csv)</source>
        <translation>CSV, kommasepareret (*.csv)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Export the collective invoice basis</source>
        <translation>Eksportér grundlaget for samlefaktura</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>Gemt i {path}.</translation>
    </message>
    <message>
        <source>Nothing was saved: {why}</source>
        <translation>Intet blev gemt: {why}</translation>
    </message>
</context>
<context>
    <name>InvoiceBasisModel</name>
    <message>
        <source>Customer no.</source>
        <extracomment>The CSV&apos;s column (its full title, the header&apos;s tooltip) under each of the table&apos;s columns: kind and currency are in the product and money cells, and the changes come last, where the row has room for them, so that the amount is always in view.</extracomment>
        <translation>Kundenr.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Org. no.</source>
        <translation>Org.nr.</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Price/month</source>
        <translation>Pris/md.</translation>
    </message>
    <message>
        <source>At start</source>
        <translation>Ved start</translation>
    </message>
    <message>
        <source>At end</source>
        <translation>Ved slut</translation>
    </message>
    <message>
        <source>Licence-days</source>
        <translation>Licensdage</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløb</translation>
    </message>
    <message>
        <source>Changes in the month</source>
        <translation>Ændringer i måneden</translation>
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
        <translation>Hvem betaler for kundens licenser og tillægsydelser?</translation>
    </message>
    <message>
        <source>Invoice the &amp;partner, {name}</source>
        <translation>Fakturér &amp;partneren, {name}</translation>
    </message>
    <message>
        <source>Invoice the &amp;customer</source>
        <translation>Fakturér &amp;kunden</translation>
    </message>
    <message>
        <source>On the partner&apos;s monthly c&amp;ollective invoice, at reseller prices</source>
        <translation>På partnerens månedlige &amp;samlefaktura til forhandlerpriser</translation>
    </message>
    <message>
        <source>{name} has a reseller agreement since {date}.</source>
        <translation>{name} har haft en forhandleraftale siden {date}.</translation>
    </message>
    <message>
        <source>{name} has no reseller agreement recorded: its collective invoice is not available.</source>
        <translation>{name} har ingen registreret forhandleraftale: samlefakturaen er ikke tilgængelig.</translation>
    </message>
    <message>
        <source>Who is invoiced?</source>
        <translation>Hvem faktureres?</translation>
    </message>
</context>
<context>
    <name>LicenceTexts</name>
    <message>
        <source>Reporter</source>
        <extracomment>Qt&apos;s translate under the name pyside6-lupdate looks for.</extracomment>
        <translation>Rapportør</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>Godkender</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Månedsløn</translation>
    </message>
    <message>
        <source>Hourly</source>
        <translation>Timeløn</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>Ikke klar</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sendt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislykkedes</translation>
    </message>
</context>
<context>
    <name>LicencesPage</name>
    <message>
        <source>This account was not created through a partnership: it has no licences. A partner creates one with File → New partnership…</source>
        <extracomment>The user&apos;s form has unsaved edits (True) or not any more (False). The user in the form (None: a new one). The personal identity number field&apos;s *Clear* was pressed. The form&apos;s values as shown: what :meth:`is_dirty` compares with. Called once the save under way is stored (the editor&apos;s leave guard).</extracomment>
        <translation>Denne konto er ikke oprettet via et samarbejde: den har ingen licenser. En partner opretter et samarbejde med Filer → Nyt samarbejde…</translation>
    </message>
    <message>
        <source>Change licences</source>
        <translation>Ændr antal licenser</translation>
    </message>
    <message>
        <source>Each licence costs the same whatever the role; the change is recorded with today&apos;s date and your name</source>
        <translation>Alle licenser koster det samme uanset rolle; ændringen registreres med dags dato og dit navn</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Aftale</translation>
    </message>
    <message>
        <source>Licence users</source>
        <translation>Licensbrugere</translation>
    </message>
    <message>
        <source>Mail summary to the primary contact…</source>
        <translation>Send oversigten til den primære kontaktperson…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Ryd</translation>
    </message>
    <message>
        <source>Remove the stored personal identity number</source>
        <translation>Fjern det gemte personnummer</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Bruger</translation>
    </message>
    <message>
        <source>Ne&amp;w user</source>
        <translation>N&amp;y bruger</translation>
    </message>
    <message>
        <source>Remove user</source>
        <translation>Fjern bruger</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(ikke angivet)</translation>
    </message>
    <message>
        <source>the partner, on its monthly collective invoice</source>
        <translation>partneren, på dens månedlige samlefaktura</translation>
    </message>
    <message>
        <source>the partner</source>
        <translation>partneren</translation>
    </message>
    <message>
        <source>the customer</source>
        <translation>kunden</translation>
    </message>
    <message>
        <source>Created by {partner} through a partnership on {when} ({who}). Version: {version}. Invoiced: {invoiced}. Primary contact: {primary}.</source>
        <translation>Oprettet af {partner} via et samarbejde {when} ({who}). Version: {version}. Faktureres: {invoiced}. Primær kontaktperson: {primary}.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>In the agreement: {licences} · In use: {in_use} · Free: {free}</source>
        <translation>I aftalen: {licences} · I brug: {in_use} · Ledige: {free}</translation>
    </message>
    <message>
        <source>Seat changes: {changes}</source>
        <translation>Ændringer i antal licenser: {changes}</translation>
    </message>
    <message>
        <source>{day}: {before} → {after} ({who})</source>
        <translation>{day}: {before} → {after} ({who})</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation>(ingen endnu)</translation>
    </message>
    <message>
        <source>F&amp;irst name</source>
        <extracomment>The user&apos;s form. Labels carry their mnemonics (one letter each on the account page).</extracomment>
        <translation>Forn&amp;avn</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Efternavn</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>R&amp;olle</translation>
    </message>
    <message>
        <source>E&amp;mail</source>
        <translation>E-&amp;mail</translation>
    </message>
    <message>
        <source>Personal identity num&amp;ber</source>
        <translation>&amp;Personnummer</translation>
    </message>
    <message>
        <source>for BankID; empty keeps the stored one</source>
        <translation>til BankID; tomt beholder det gemte</translation>
    </message>
    <message>
        <source>Employment n&amp;umber</source>
        <translation>Me&amp;darbejdernummer</translation>
    </message>
    <message>
        <source>Salar&amp;y type</source>
        <translation>&amp;Lønform</translation>
    </message>
    <message>
        <source>&amp;Approver</source>
        <translation>&amp;Godkender</translation>
    </message>
    <message>
        <source>Li&amp;cences:</source>
        <translation>Li&amp;censer:</translation>
    </message>
    <message>
        <source>Add-ons:</source>
        <translation>Tillægsydelser:</translation>
    </message>
    <message>
        <source>Save add-ons</source>
        <translation>Gem tillægsydelser</translation>
    </message>
    <message>
        <source>Add-ons ticked are active from today, those unticked end today; the collective invoice counts their days</source>
        <translation>Afkrydsede tillægsydelser gælder fra i dag, fravalgte ophører i dag; samlefakturaen tæller deres dage</translation>
    </message>
    <message>
        <source>Copy summary</source>
        <translation>Kopiér oversigten</translation>
    </message>
    <message>
        <source>&amp;Save user</source>
        <translation>Gem br&amp;uger</translation>
    </message>
    <message>
        <source>Send invitati&amp;on</source>
        <translation>Send &amp;invitationen</translation>
    </message>
    <message>
        <source>Invite all rea&amp;dy</source>
        <translation>Invitér alle, der er &amp;klar</translation>
    </message>
    <message>
        <source>Send the invitati&amp;on again</source>
        <translation>Send &amp;invitationen igen</translation>
    </message>
    <message>
        <source>The new user</source>
        <translation>Den nye bruger</translation>
    </message>
    <message>
        <source>stored: {masked} (type to replace)</source>
        <translation>gemt: {masked} (skriv for at erstatte)</translation>
    </message>
    <message>
        <source>for BankID; optional when an email is given</source>
        <translation>til BankID; valgfrit, når der er angivet en e-mail</translation>
    </message>
    <message>
        <source>User: {name}</source>
        <translation>Bruger: {name}</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Ny bruger</translation>
    </message>
    <message>
        <source>removed when you save</source>
        <translation>fjernes, når du gemmer</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Gemmer…</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>{name} er gemt.</translation>
    </message>
    <message>
        <source>Remove {name} from the account&apos;s licences? The licence becomes free; the agreement keeps its number of licences.</source>
        <translation>Fjern {name} fra kontoens licenser? Licensen bliver ledig; aftalen beholder sit antal licenser.</translation>
    </message>
    <message>
        <source>Removed {name}.</source>
        <translation>{name} er fjernet.</translation>
    </message>
    <message>
        <source>The agreement now has {count} licences.</source>
        <translation>Aftalen har nu {count} licenser.</translation>
    </message>
    <message>
        <source>The add-ons are saved.</source>
        <translation>Tillægsydelserne er gemt.</translation>
    </message>
    <message>
        <source>{name} ({role}): {state}</source>
        <translation>{name} ({role}): {state}</translation>
    </message>
    <message>
        <source>missing {what}</source>
        <translation>mangler {what}</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>klar</translation>
    </message>
    <message>
        <source>The summary is on the clipboard.</source>
        <translation>Oversigten er kopieret til udklipsholderen.</translation>
    </message>
    <message>
        <source>Users of {account}: what is missing</source>
        <translation>Brugere hos {account}: det, der mangler</translation>
    </message>
    <message>
        <source>No mail program opened: the summary is on the clipboard instead.</source>
        <translation>Intet mailprogram blev åbnet: oversigten er i stedet kopieret til udklipsholderen.</translation>
    </message>
    <message>
        <source>No invitation</source>
        <translation>Ingen invitation</translation>
    </message>
    <message>
        <source>Nobody is ready to be invited who has not been.</source>
        <translation>Der er ingen, som er klar til invitation og ikke allerede er inviteret.</translation>
    </message>
</context>
<context>
    <name>LoginCheckDialog</name>
    <message>
        <source>Login check</source>
        <extracomment>A check&apos;s answer was shown (LoginCheck). Bumped by every edit of the fields and every check started: a result is shown only if nothing happened since its check started. The generation of the check whose answer is awaited, if any. The answer shown (never holds the password; LoginCheck has none).</extracomment>
        <translation>Logintjek</translation>
    </message>
    <message>
        <source>What the customer portal answers for a user name and, if the caller tells you, the password they typed. Nothing is changed and the password is not kept.</source>
        <translation>Hvad kundeportalen svarer for et brugernavn og, hvis opkalderen oplyser den, den adgangskode, personen har indtastet. Intet ændres, og adgangskoden gemmes ikke.</translation>
    </message>
    <message>
        <source>the email address the person logs in with</source>
        <translation>den e-mailadresse, personen logger ind med</translation>
    </message>
    <message>
        <source>optional: what the caller typed</source>
        <translation>valgfrit: hvad opkalderen indtastede</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>Show or hide the password typed</source>
        <translation>Vis eller skjul den indtastede adgangskode</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Brugernavn:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Adgangskode:</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Tjek</translation>
    </message>
    <message>
        <source>Company / rights in force</source>
        <translation>Virksomhed / gældende rettigheder</translation>
    </message>
    <message>
        <source>Customer no.</source>
        <translation>Kundenr.</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Companies the person may act for</source>
        <translation>Virksomheder, personen kan handle på vegne af</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>Type the user name (the email address) first.</source>
        <translation>Skriv først brugernavnet (e-mailadressen).</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Tjekker…</translation>
    </message>
    <message>
        <source>Login check failed</source>
        <translation>Logintjek mislykkedes</translation>
    </message>
    <message>
        <source>{company} (customer {number}): {contact}</source>
        <translation>{company} (kunde {number}): {contact}</translation>
    </message>
    <message>
        <source>{served} — portal access off</source>
        <translation>{served} — portaladgang slået fra</translation>
    </message>
    <message>
        <source>This login serves:</source>
        <translation>Dette login giver adgang til:</translation>
    </message>
    <message>
        <source>{name} (main contact)</source>
        <translation>{name} (hovedkontakt)</translation>
    </message>
    <message>
        <source>No rights in force: none ticked for this person, or all switched off system-wide.</source>
        <translation>Ingen gældende rettigheder: ingen er markeret for denne person, eller alle er slået fra systemdækkende.</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Skjul</translation>
    </message>
</context>
<context>
    <name>MailSettingsDialog</name>
    <message>
        <source>Use the outbox instead</source>
        <translation>Brug udbakken i stedet</translation>
    </message>
    <message>
        <source>Forget the mail server {server} and its password? Emails will be written to the outbox folder until a server is set up again.</source>
        <translation>Glem mailserveren {server} og dens adgangskode? E-mails skrives til udbakkemappen, indtil der igen er sat en server op.</translation>
    </message>
    <message>
        <source>Outgoing mail</source>
        <translation>Udgående mail</translation>
    </message>
</context>
<context>
    <name>MailSettingsPage</name>
    <message>
        <source>Welcome emails go through this mail server. Without one they are written to the outbox folder, to be sent by hand:</source>
        <extracomment>The form&apos;s fields, in the order a failed save focuses them. What the snapshot holds for a typed password: never the password itself. The settings were read and can be edited (StoredMail). The password as typed, kept while the dialog is open so that a conflict (which shows the stored settings for a moment) can put it back.</extracomment>
        <translation>Velkomstmails sendes via denne mailserver. Uden en server skrives de til udbakkemappen, så de kan sendes manuelt:</translation>
    </message>
    <message>
        <source>e.g. smtp.example.com</source>
        <translation>fx smtp.example.com</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (normalt port 587)</translation>
    </message>
    <message>
        <source>TLS from the start (usually port 465)</source>
        <translation>TLS fra starten (normalt port 465)</translation>
    </message>
    <message>
        <source>None: only a server on this computer</source>
        <translation>Ingen: kun en server på denne computer</translation>
    </message>
    <message>
        <source>empty: the server needs no login</source>
        <translation>tomt: serveren kræver ikke login</translation>
    </message>
    <message>
        <source>e.g. noreply@example.com</source>
        <translation>fx noreply@example.com</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>navn@example.com</translation>
    </message>
    <message>
        <source>Send test &amp;email</source>
        <translation>S&amp;end testmail</translation>
    </message>
    <message>
        <source>Send an email through the settings as typed, before saving them</source>
        <translation>Send en e-mail med indstillingerne, som de er indtastet, før de gemmes</translation>
    </message>
    <message>
        <source>Use the &amp;outbox instead</source>
        <translation>Brug &amp;udbakken i stedet</translation>
    </message>
    <message>
        <source>Forget this mail server and its password; emails go to the outbox folder</source>
        <translation>Glem denne mailserver og dens adgangskode; e-mails skrives til udbakkemappen</translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>&amp;Port</translation>
    </message>
    <message>
        <source>Se&amp;curity</source>
        <translation>Sik&amp;kerhed</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Brugernavn</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>&amp;Adgangskode</translation>
    </message>
    <message>
        <source>Se&amp;nder (From)</source>
        <translation>A&amp;fsender (From)</translation>
    </message>
    <message>
        <source>Test email &amp;to</source>
        <translation>Testmail &amp;til</translation>
    </message>
    <message>
        <source>Test email to</source>
        <translation>Testmail til</translation>
    </message>
    <message>
        <source>Cannot load the mail settings</source>
        <translation>Mailindstillingerne kan ikke indlæses</translation>
    </message>
    <message>
        <source>A password is stored in the system keyring. Leave the field empty to keep it, or type a new one.</source>
        <translation>Der er gemt en adgangskode i systemets nøglering. Lad feltet være tomt for at beholde den, eller skriv en ny.</translation>
    </message>
    <message>
        <source>A password is kept in memory until custadmin closes (no system keyring is available): type it again after a restart. Leave the field empty to keep it.</source>
        <translation>Adgangskoden opbevares i hukommelsen, indtil custadmin lukkes (der er ingen systemnøglering): skriv den igen efter en genstart. Lad feltet være tomt for at beholde den.</translation>
    </message>
    <message>
        <source>No password is stored.</source>
        <translation>Der er ikke gemt nogen adgangskode.</translation>
    </message>
    <message>
        <source>The outgoing mail settings</source>
        <translation>Indstillingerne for udgående mail</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sikkerhed</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Brugernavn</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Adgangskode</translation>
    </message>
    <message>
        <source>Sender (From)</source>
        <translation>Afsender (From)</translation>
    </message>
    <message>
        <source>(typed, not shown)</source>
        <translation>(indtastet, vises ikke)</translation>
    </message>
    <message>
        <source>Test email from custadmin</source>
        <translation>Testmail fra custadmin</translation>
    </message>
    <message>
        <source>This email was sent from custadmin&apos;s Outgoing mail settings to try them. Welcome emails will go the same way.</source>
        <translation>Denne e-mail er sendt fra indstillingerne under Udgående mail i custadmin for at afprøve dem. Velkomstmails sendes på samme måde.</translation>
    </message>
    <message>
        <source>Not sent: correct the fields marked in red.</source>
        <translation>Ikke sendt: ret de felter, der er markeret med rødt.</translation>
    </message>
    <message>
        <source>Not sent: “{to}” is not an email address.</source>
        <translation>Ikke sendt: “{to}” er ikke en e-mailadresse.</translation>
    </message>
    <message>
        <source>Sending a test email to {to}…</source>
        <translation>Sender en testmail til {to}…</translation>
    </message>
    <message>
        <source>Test email sent to {to}.</source>
        <translation>Testmailen er sendt til {to}.</translation>
    </message>
    <message>
        <source>Not sent: {reason}</source>
        <translation>Ikke sendt: {reason}</translation>
    </message>
    <message>
        <source>Emails go to the outbox folder now.</source>
        <translation>E-mails skrives nu til udbakkemappen.</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Ikke ændret</translation>
    </message>
</context>
<context>
    <name>MailTexts</name>
    <message>
        <source>General</source>
        <extracomment>Qt&apos;s translate under the name pyside6-lupdate looks for.</extracomment>
        <translation>Generelt</translation>
    </message>
    <message>
        <source>Invoices &amp; reminders</source>
        <translation>Fakturaer og rykkere</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Products &amp; services</source>
        <translation>Produkter og tjenester</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Domæner</translation>
    </message>
    <message>
        <source>Affiliate</source>
        <translation>Affiliate</translation>
    </message>
    <message>
        <source>Payment confirmations</source>
        <translation>Betalingsbekræftelser</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Nulstilling af adgangskode</translation>
    </message>
    <message>
        <source>Email verification</source>
        <translation>Bekræftelse af e-mail</translation>
    </message>
    <message>
        <source>main contact: receives every message</source>
        <translation>hovedkontakt: modtager alle meddelelser</translation>
    </message>
    <message>
        <source>ticked “{category}”</source>
        <translation>har markeret “{category}”</translation>
    </message>
    <message>
        <source>only the person it concerns; email preferences do not apply</source>
        <translation>kun den person, det vedrører; e-mailindstillinger gælder ikke</translation>
    </message>
    <message>
        <source>not sent: payment confirmations go only to the main contact</source>
        <translation>ikke sendt: betalingsbekræftelser går kun til hovedkontakten</translation>
    </message>
    <message>
        <source>not sent twice: the same address already receives it</source>
        <translation>ikke sendt to gange: samme adresse modtager den allerede</translation>
    </message>
    <message>
        <source>the main contact, because the account has a Peppol ID (an invoice contact is then not used)</source>
        <translation>hovedkontakten, fordi kontoen har et Peppol-ID (en fakturakontakt bruges så ikke)</translation>
    </message>
    <message>
        <source>the invoice contact</source>
        <translation>fakturakontakten</translation>
    </message>
    <message>
        <source>the main contact (no invoice contact is picked)</source>
        <translation>hovedkontakten (der er ikke valgt nogen fakturakontakt)</translation>
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
        <translation>Database: {location}</translation>
    </message>
    <message>
        <source>Operator: {name} ({role})</source>
        <translation>Sagsbehandler: {name} ({role})</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Åbner databasen…</translation>
    </message>
</context>
<context>
    <name>MappingModel</name>
    <message>
        <source>Rows with the same reference form one account (an export writes the customer number). Without it every row is an account.</source>
        <translation>Rækker med samme reference udgør én konto (en eksport skriver kundenummeret). Uden den er hver række en konto.</translation>
    </message>
    <message>
        <source>Yes on the row of the account&apos;s main contact; without it the account&apos;s first row is.</source>
        <translation>Ja på rækken for kontoens hovedkontakt; uden kolonnen er det kontoens første række.</translation>
    </message>
    <message>
        <source>Without it a contact lives in the account&apos;s country.</source>
        <translation>Uden den får en kontakt kontoens land.</translation>
    </message>
    <message>
        <source>Required: the file must have a column for it.</source>
        <translation>Påkrævet: filen skal have en kolonne til feltet.</translation>
    </message>
    <message>
        <source>Optional.</source>
        <translation>Valgfri.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Kolonne i filen</translation>
    </message>
</context>
<context>
    <name>MatrixPanel</name>
    <message>
        <source>&amp;Save</source>
        <extracomment>Saved (the panel re-read itself; others may want to). A save was refused (the exception; the unsaved ticks are kept).</extracomment>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>Fortry&amp;d</translation>
    </message>
    <message>
        <source>Save the boxes you changed (yellow)</source>
        <translation>Gem de felter, du har ændret (gule)</translation>
    </message>
    <message>
        <source>Forget the boxes you changed since the last save</source>
        <translation>Glem de ændringer i felterne, du har lavet, siden du sidst gemte</translation>
    </message>
    <message>
        <source>Nothing to show yet.</source>
        <translation>Intet at vise endnu.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows shown</source>
        <translation>
            <numerusform>%Ln række vises</numerusform>
            <numerusform>%Ln rækker vises</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln columns shown</source>
        <translation>
            <numerusform>%Ln kolonne vises</numerusform>
            <numerusform>%Ln kolonner vises</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unsaved changes</source>
        <translation>
            <numerusform>%Ln ændring ikke gemt</numerusform>
            <numerusform>%Ln ændringer ikke gemt</numerusform>
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
        <translation>Kundenummer:</translation>
    </message>
    <message>
        <source>Main contact (account owner)</source>
        <translation>Hovedkontakt (kontoejer)</translation>
    </message>
    <message>
        <source>The main contact&apos;s name and address are the account&apos;s defaults for invoices and for every email the account receives.</source>
        <translation>Hovedkontaktens navn og adresse er kontoens standard for fakturaer og for alle e-mails, kontoen modtager.</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Fakturaer</translation>
    </message>
    <message>
        <source>Invoice contact</source>
        <translation>Fakturakontakt</translation>
    </message>
    <message>
        <source>Whose name and postal address stand on the invoice. A contact that merely receives “Invoices &amp; reminders” gets a copy and does not change this.</source>
        <translation>Hvis navn og postadresse der står på fakturaen. En kontakt, der blot modtager “Fakturaer og rykkere”, får en kopi og ændrer ikke dette.</translation>
    </message>
    <message>
        <source>Send payment confirmations only to the main contact</source>
        <translation>Send kun betalingsbekræftelser til hovedkontakten</translation>
    </message>
    <message>
        <source>Invoice &amp;contact:</source>
        <translation>Faktura&amp;kontakt:</translation>
    </message>
    <message>
        <source>Invoice addressed to:</source>
        <translation>Faktura adresseret til:</translation>
    </message>
    <message>
        <source>This account</source>
        <translation>Denne konto</translation>
    </message>
    <message>
        <source>Created {created}, last changed {updated}</source>
        <translation>Oprettet {created}, sidst ændret {updated}</translation>
    </message>
    <message>
        <source>Already the portal user name of someone else; use another email address or confirm it is the same person.</source>
        <translation>Er allerede portalbrugernavn for en anden; brug en anden e-mailadresse, eller bekræft, at det er samme person.</translation>
    </message>
    <message>
        <source>Payment confirmations only to the main contact</source>
        <translation>Betalingsbekræftelser kun til hovedkontakten</translation>
    </message>
    <message>
        <source>Requires e-invoices</source>
        <translation>Kræver e-faktura</translation>
    </message>
    <message>
        <source>Saved at {time}</source>
        <translation>Gemt kl. {time}</translation>
    </message>
    <message>
        <source>None — the main contact</source>
        <translation>Ingen — hovedkontakten</translation>
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
        <translation>Firma</translation>
    </message>
    <message>
        <source>Organisation number</source>
        <translation>CVR-/org.nr.</translation>
    </message>
    <message>
        <source>Peppol IDs</source>
        <translation>Peppol-id&apos;er</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operatør</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumenter</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Betingelser</translation>
    </message>
    <message>
        <source>supplier must be approved</source>
        <translation>leverandøren skal være godkendt</translation>
    </message>
    <message>
        <source>reference required</source>
        <translation>reference påkrævet</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
</context>
<context>
    <name>NetworkWindow</name>
    <message>
        <source>E-invoice network</source>
        <extracomment>(text, code) entries: the answer is chosen from a list instead of typed. Someone else changed the recipient meanwhile: the list is stale. The registration or decision dialog last opened (tests use it).</extracomment>
        <translation>E-fakturanetværket</translation>
    </message>
    <message>
        <source>E-invoice network — {account}</source>
        <translation>E-fakturanetværket — {account}</translation>
    </message>
    <message>
        <source>company name, organisation number (any format), Peppol ID or operator</source>
        <translation>firmanavn, CVR-/organisationsnummer (vilkårligt format), Peppol-id eller operatør</translation>
    </message>
    <message>
        <source>&amp;Search the network:</source>
        <translation>&amp;Søg i netværket:</translation>
    </message>
    <message>
        <source>Recipients found</source>
        <translation>Fundne modtagere</translation>
    </message>
    <message>
        <source>The chosen recipient</source>
        <translation>Den valgte modtager</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Flytning</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Anmodet</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Besluttet</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Udfald</translation>
    </message>
    <message>
        <source>History of moves</source>
        <translation>Historik over flytninger</translation>
    </message>
    <message>
        <source>&amp;Register recipient…</source>
        <translation>&amp;Registrér modtager…</translation>
    </message>
    <message>
        <source>&amp;Confirm registration…</source>
        <translation>&amp;Bekræft registrering…</translation>
    </message>
    <message>
        <source>Re&amp;ject registration…</source>
        <translation>&amp;Afvis registrering…</translation>
    </message>
    <message>
        <source>&amp;Move to another operator…</source>
        <translation>&amp;Flyt til anden operatør…</translation>
    </message>
    <message>
        <source>Confirm mo&amp;ve</source>
        <translation>Bekræft fl&amp;ytning</translation>
    </message>
    <message>
        <source>Reject m&amp;ove…</source>
        <translation>Afvis flytnin&amp;g…</translation>
    </message>
    <message numerus="yes">
        <source>Every recipient in the network: %n</source>
        <translation>
            <numerusform>Alle modtagere i netværket: %n</numerusform>
            <numerusform>Alle modtagere i netværket: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recipients found.</source>
        <translation>
            <numerusform>%n modtager fundet.</numerusform>
            <numerusform>%n modtagere fundet.</numerusform>
        </translation>
    </message>
    <message>
        <source>No recipient matches “{text}”. If the customer can receive e-invoices, register it (Alt+R).</source>
        <translation>Ingen modtager matcher “{text}”. Hvis kunden kan modtage e-faktura, så registrér den (Alt+R).</translation>
    </message>
    <message>
        <source>Search first: a recipient is registered only when the search finds none.</source>
        <translation>Søg først: en modtager registreres kun, når søgningen ikke finder nogen.</translation>
    </message>
    <message>
        <source>Choose a pending registration.</source>
        <translation>Vælg en afventende registrering.</translation>
    </message>
    <message>
        <source>Choose a confirmed recipient with no move waiting.</source>
        <translation>Vælg en bekræftet modtager uden ventende flytning.</translation>
    </message>
    <message>
        <source>Choose a recipient whose move waits.</source>
        <translation>Vælg en modtager, hvis flytning venter.</translation>
    </message>
    <message>
        <source>Search, then choose a recipient to see its state and history.</source>
        <translation>Søg, og vælg så en modtager for at se status og historik.</translation>
    </message>
    <message>
        <source>Pending since {since}: the customer has not confirmed by email yet.</source>
        <translation>Afventer siden {since}: kunden har endnu ikke bekræftet pr. e-mail.</translation>
    </message>
    <message>
        <source>Confirmed {since} by {who}, from {email}.</source>
        <translation>Bekræftet {since} af {who}, fra {email}.</translation>
    </message>
    <message>
        <source>Rejected {since} by {who}: {reason}</source>
        <translation>Afvist {since} af {who}: {reason}</translation>
    </message>
    <message>
        <source>Registered by {who} for the account {account}.</source>
        <translation>Registreret af {who} for kontoen {account}.</translation>
    </message>
    <message>
        <source>Registered by {who}.</source>
        <translation>Registreret af {who}.</translation>
    </message>
    <message>
        <source>Operator: {operator}; email: {email}</source>
        <translation>Operatør: {operator}; e-mail: {email}</translation>
    </message>
    <message>
        <source>Moving to {new} (asked {when} by {who}): still delivered through {old} until the move is confirmed.</source>
        <translation>Flytter til {new} (anmodet {when} af {who}): leveres stadig via {old}, indtil flytningen er bekræftet.</translation>
    </message>
    <message>
        <source>{old} → {new}</source>
        <translation>{old} → {new}</translation>
    </message>
    <message>
        <source>{when} by {who}</source>
        <translation>{when} af {who}</translation>
    </message>
    <message>
        <source>No moves.</source>
        <translation>Ingen flytninger.</translation>
    </message>
    <message>
        <source>Registered: pending until the customer confirms by email.</source>
        <translation>Registreret: afventer, indtil kunden bekræfter pr. e-mail.</translation>
    </message>
    <message>
        <source>Confirm the registration</source>
        <translation>Bekræft registreringen</translation>
    </message>
    <message>
        <source>Confirmed by email &amp;from:</source>
        <translation>Bekræftet pr. e-mail &amp;fra:</translation>
    </message>
    <message>
        <source>Confirmed: invoices go through Peppol now.</source>
        <translation>Bekræftet: fakturaer sendes via Peppol nu.</translation>
    </message>
    <message>
        <source>Reject the registration</source>
        <translation>Afvis registreringen</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>Å&amp;rsag:</translation>
    </message>
    <message>
        <source>Rejected.</source>
        <translation>Afvist.</translation>
    </message>
    <message>
        <source>Move to another operator</source>
        <translation>Flyt til anden operatør</translation>
    </message>
    <message>
        <source>&amp;New operator:</source>
        <translation>&amp;Ny operatør:</translation>
    </message>
    <message>
        <source>— choose the operator —</source>
        <translation>— vælg operatør —</translation>
    </message>
    <message>
        <source>Move asked for: the old operator delivers until it is confirmed.</source>
        <translation>Flytning anmodet: den gamle operatør leverer, indtil den er bekræftet.</translation>
    </message>
    <message>
        <source>Move confirmed: the new operator delivers from now.</source>
        <translation>Flytning bekræftet: den nye operatør leverer fra nu af.</translation>
    </message>
    <message>
        <source>Reject the move</source>
        <translation>Afvis flytningen</translation>
    </message>
    <message>
        <source>Move rejected: the old operator stays.</source>
        <translation>Flytning afvist: den gamle operatør bliver.</translation>
    </message>
</context>
<context>
    <name>NewAccountDialog</name>
    <message>
        <source>New customer account</source>
        <translation>Ny kundekonto</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Main contact (account owner)</source>
        <translation>Hovedkontakt (kontoejer)</translation>
    </message>
    <message>
        <source>Fields marked * are required. The customer number is assigned when the account is created.</source>
        <translation>Felter markeret med * skal udfyldes. Kundenummeret tildeles, når kontoen oprettes.</translation>
    </message>
    <message>
        <source>&amp;Create account</source>
        <translation>&amp;Opret konto</translation>
    </message>
    <message>
        <source>Correct the fields marked in red.</source>
        <translation>Ret de felter, der er markeret med rødt.</translation>
    </message>
    <message>
        <source>Creating the account…</source>
        <translation>Opretter kontoen…</translation>
    </message>
</context>
<context>
    <name>NewOperatorDialog</name>
    <message>
        <source>Add an operator</source>
        <translation>Tilføj en sagsbehandler</translation>
    </message>
    <message>
        <source>for a shared database; empty: none</source>
        <translation>til en delt database; tom: ingen</translation>
    </message>
    <message>
        <source>&amp;Operator name:</source>
        <translation>&amp;Sagsbehandlernavn:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Fulde navn:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Adgangskode:</translation>
    </message>
</context>
<context>
    <name>OperatorTexts</name>
    <message>
        <source>Read-only</source>
        <extracomment>Qt&apos;s translate under the name pyside6-lupdate looks for.</extracomment>
        <translation>Kun læseadgang</translation>
    </message>
    <message>
        <source>Support agent</source>
        <translation>Supportmedarbejder</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>OperatorsDialog</name>
    <message>
        <source>Operators</source>
        <translation>Sagsbehandlere</translation>
    </message>
    <message>
        <source>&amp;Set role</source>
        <translation>&amp;Skift rolle</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Deaktivér</translation>
    </message>
    <message>
        <source>&amp;Add operator…</source>
        <translation>&amp;Tilføj sagsbehandler…</translation>
    </message>
    <message>
        <source>Selected operator:</source>
        <translation>Valgt sagsbehandler:</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Aktivér</translation>
    </message>
</context>
<context>
    <name>OperatorsModel</name>
    <message>
        <source>Operator name</source>
        <translation>Sagsbehandlernavn</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Signs in with</source>
        <translation>Logger ind med</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>password</source>
        <translation>adgangskode</translation>
    </message>
    <message>
        <source>this computer&apos;s login</source>
        <translation>denne computers login</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiveret</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <source>Outbox</source>
        <extracomment>The folder was read (the number of emails listed).</extracomment>
        <translation>Udbakke</translation>
    </message>
    <message>
        <source>Emails are written here while no mail server is set up (Outgoing mail). Open one in your mail program to send it by hand.</source>
        <translation>E-mails skrives hertil, så længe der ikke er sat en mailserver op (Udgående mail). Åbn en i dit mailprogram for at sende den manuelt.</translation>
    </message>
    <message>
        <source>Folder: {folder}</source>
        <translation>Mappe: {folder}</translation>
    </message>
    <message>
        <source>Emails in the outbox</source>
        <translation>E-mails i udbakken</translation>
    </message>
    <message>
        <source>No emails are waiting in the outbox.</source>
        <translation>Der venter ingen e-mails i udbakken.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Åbn</translation>
    </message>
    <message>
        <source>Open the chosen email in your mail program (Enter)</source>
        <translation>Åbn den valgte e-mail i dit mailprogram (Enter)</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>Åbn &amp;mappe</translation>
    </message>
    <message>
        <source>Show the outbox folder in the file manager</source>
        <translation>Vis udbakkemappen i filhåndteringen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Opdater</translation>
    </message>
    <message>
        <source>Read the folder again (F5)</source>
        <translation>Læs mappen igen (F5)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>Reading the outbox folder…</source>
        <translation>Læser udbakkemappen…</translation>
    </message>
    <message>
        <source>Emails in the outbox: {count}</source>
        <translation>E-mails i udbakken: {count}</translation>
    </message>
    <message>
        <source>Cannot read the outbox folder: {reason}</source>
        <translation>Udbakkemappen kan ikke læses: {reason}</translation>
    </message>
    <message>
        <source>Cannot open {name}: no program on this computer opens .eml files.</source>
        <translation>{name} kan ikke åbnes: intet program på denne computer åbner .eml-filer.</translation>
    </message>
    <message>
        <source>Cannot create the outbox folder: {reason}</source>
        <translation>Udbakkemappen kan ikke oprettes: {reason}</translation>
    </message>
    <message>
        <source>Cannot show the folder {folder}.</source>
        <translation>Mappen {folder} kan ikke vises.</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <source>Date</source>
        <extracomment>The entry&apos;s file (a Path), for whoever opens it.</extracomment>
        <translation>Dato</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Emne</translation>
    </message>
    <message>
        <source>Cannot be read as an email: {name}</source>
        <translation>Kan ikke læses som e-mail: {name}</translation>
    </message>
</context>
<context>
    <name>PageDialog</name>
    <message>
        <source>Close</source>
        <extracomment>What this dialog saved, once it has saved.</extracomment>
        <translation>Luk</translation>
    </message>
    <message>
        <source>Close; unsaved changes are asked about (Esc)</source>
        <translation>Luk; du bliver spurgt om ikke-gemte ændringer (Esc)</translation>
    </message>
</context>
<context>
    <name>PartnershipWizard</name>
    <message>
        <source>New partnership</source>
        <translation>Nyt samarbejde</translation>
    </message>
    <message>
        <source>New partnership of {name}</source>
        <translation>Nyt samarbejde for {name}</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Næste &gt;</translation>
    </message>
    <message>
        <source>&lt; Bac&amp;k</source>
        <translation>&lt; &amp;Tilbage</translation>
    </message>
    <message>
        <source>Fini&amp;sh</source>
        <translation>&amp;Udfør</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Gemmer…</translation>
    </message>
    <message>
        <source>Go back: the version or the licences are not accepted (marked in red).</source>
        <translation>Gå tilbage: versionen eller licenserne accepteres ikke (markeret med rødt).</translation>
    </message>
    <message>
        <source>Go back: some of the customer&apos;s details are not accepted (marked in red).</source>
        <translation>Gå tilbage: nogle af kundens oplysninger accepteres ikke (markeret med rødt).</translation>
    </message>
</context>
<context>
    <name>Plurals</name>
    <message numerus="yes">
        <source>%Ln accounts</source>
        <translation>
            <numerusform>%Ln konto</numerusform>
            <numerusform>%Ln konti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows</source>
        <translation>
            <numerusform>%Ln række</numerusform>
            <numerusform>%Ln rækker</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln accounts.</source>
        <translation>
            <numerusform>Importerede %Ln konto.</numerusform>
            <numerusform>Importerede %Ln konti.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln accounts ({rows}, one per contact) to {file}.</source>
        <translation>
            <numerusform>Eksporterede %Ln konto ({rows}, én pr. kontakt) til {file}.</numerusform>
            <numerusform>Eksporterede %Ln konti ({rows}, én pr. kontakt) til {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln programs</source>
        <translation>
            <numerusform>%Ln program</numerusform>
            <numerusform>%Ln programmer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Creating %Ln demo customer accounts…</source>
        <translation>
            <numerusform>Opretter %Ln demokundekonto…</numerusform>
            <numerusform>Opretter %Ln demokundekonti…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %Ln welcome emails {where}.</source>
        <translation>
            <numerusform>Sendte %Ln velkomstmail {where}.</numerusform>
            <numerusform>Sendte %Ln velkomstmails {where}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortalAccessBox</name>
    <message>
        <source>Portal access (sub-account)</source>
        <extracomment>Anything the operator changed here.</extracomment>
        <translation>Portaladgang (underkonto)</translation>
    </message>
    <message>
        <source>&amp;Activate sub-account: may log in to the customer portal</source>
        <translation>&amp;Aktivér underkonto: må logge ind i kundeportalen</translation>
    </message>
    <message>
        <source>&amp;Login enabled (applies to every account the login serves)</source>
        <translation>&amp;Login aktiveret (gælder alle konti, login&apos;et giver adgang til)</translation>
    </message>
    <message>
        <source>Type a new password, or Generate one</source>
        <translation>Skriv en ny adgangskode, eller generér en</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Ny adgangskode</translation>
    </message>
    <message>
        <source>New pass&amp;word:</source>
        <translation>N&amp;y adgangskode:</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Generér</translation>
    </message>
    <message>
        <source>Make a strong random password, in groups of four to read out</source>
        <translation>Lav en stærk, tilfældig adgangskode i grupper på fire, der er lette at læse op</translation>
    </message>
    <message>
        <source>As w&amp;ords</source>
        <translation>Som &amp;ord</translation>
    </message>
    <message>
        <source>Generate six common words instead, e.g. “maple-garden-winter-…”: easier to say over the phone</source>
        <translation>Generér i stedet seks almindelige ord, f.eks. “ahorn-have-vinter-…”: lettere at sige i telefonen</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Ko&amp;piér</translation>
    </message>
    <message>
        <source>Copy the new password: after Save it cannot be shown again</source>
        <translation>Kopiér den nye adgangskode: efter Gem kan den ikke vises igen</translation>
    </message>
    <message>
        <source>Password strength</source>
        <translation>Adgangskodens styrke</translation>
    </message>
    <message>
        <source>Copied. Give it to the person now: after Save it cannot be shown again.</source>
        <translation>Kopieret. Giv den til personen nu: efter Gem kan den ikke vises igen.</translation>
    </message>
    <message>
        <source>User name: {user}</source>
        <translation>Brugernavn: {user}</translation>
    </message>
    <message>
        <source>User name: the contact&apos;s email address</source>
        <translation>Brugernavn: kontaktens e-mailadresse</translation>
    </message>
    <message>
        <source>No login yet: saving with the sub-account activated creates one (or joins the existing login of this email, after you confirm).</source>
        <translation>Intet login endnu: gemmer du med underkontoen aktiveret, oprettes et (eller kontakten knyttes til det eksisterende login for denne e-mail, når du har bekræftet).</translation>
    </message>
    <message>
        <source>Password set</source>
        <translation>Adgangskode angivet</translation>
    </message>
    <message>
        <source>No password: the person cannot log in until one is set.</source>
        <translation>Ingen adgangskode: personen kan ikke logge ind, før der er angivet en.</translation>
    </message>
    <message>
        <source>The login is disabled.</source>
        <translation>Login&apos;et er deaktiveret.</translation>
    </message>
    <message>
        <source>Shared login: the same user name and password also serve {accounts}.</source>
        <translation>Delt login: samme brugernavn og adgangskode giver også adgang til {accounts}.</translation>
    </message>
    <message>
        <source>very weak</source>
        <translation>meget svag</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>svag</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>stærk</translation>
    </message>
    <message>
        <source>very strong</source>
        <translation>meget stærk</translation>
    </message>
    <message>
        <source>too weak</source>
        <translation>for svag</translation>
    </message>
    <message>
        <source>Strength: {word}.</source>
        <translation>Styrke: {word}.</translation>
    </message>
    <message>
        <source>Copy it before you save: it is shown only now.</source>
        <translation>Kopiér den, før du gemmer: den vises kun nu.</translation>
    </message>
    <message>
        <source>Leave empty to keep the current password.</source>
        <translation>Lad feltet være tomt for at beholde den nuværende adgangskode.</translation>
    </message>
    <message>
        <source>The person needs a password to log in.</source>
        <translation>Personen skal have en adgangskode for at kunne logge ind.</translation>
    </message>
    <message>
        <source>Rights: the main contact holds every right.</source>
        <translation>Rettigheder: hovedkontakten har alle rettigheder.</translation>
    </message>
    <message>
        <source>Rights: none ticked for new portal users (system-wide settings); tick them on the Internet tab after saving.</source>
        <translation>Rettigheder: ingen markeret for nye portalbrugere (systemdækkende indstillinger); markér dem under fanen Internet, når du har gemt.</translation>
    </message>
    <message>
        <source>Rights for a new portal user (system-wide defaults): {rights}. Change them on the Internet tab.</source>
        <translation>Rettigheder for en ny portalbruger (systemdækkende standard): {rights}. Ret dem under fanen Internet.</translation>
    </message>
    <message numerus="yes">
        <source>Rights: %Ln ticked; see and change them on the Internet tab.</source>
        <translation>
            <numerusform>Rettigheder: %Ln markeret; se og ret den under fanen Internet.</numerusform>
            <numerusform>Rettigheder: %Ln markeret; se og ret dem under fanen Internet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortalSettingsDialog</name>
    <message>
        <source>System-wide portal settings</source>
        <translation>Systemdækkende portalindstillinger</translation>
    </message>
</context>
<context>
    <name>PortalSettingsModel</name>
    <message>
        <source>Right</source>
        <extracomment>The settings as ticked now changed (PortalSettings).</extracomment>
        <translation>Rettighed</translation>
    </message>
    <message>
        <source>Offered in the portal</source>
        <translation>Tilbydes i portalen</translation>
    </message>
    <message>
        <source>Ticked for new portal users</source>
        <translation>Markeret for nye portalbrugere</translation>
    </message>
    <message>
        <source>Offered: in force for every portal user it is ticked on.</source>
        <translation>Tilbydes: gælder for alle portalbrugere, den er markeret for.</translation>
    </message>
    <message>
        <source>Not offered: no portal user has this right, whatever is ticked on the Internet tab.</source>
        <translation>Tilbydes ikke: ingen portalbruger har denne rettighed, uanset hvad der er markeret under fanen Internet.</translation>
    </message>
    <message>
        <source>Offer it first: a right that is not offered is in force for no one, so new portal users do not get it either.</source>
        <translation>Tilbyd den først: en rettighed, der ikke tilbydes, gælder for ingen, så nye portalbrugere får den heller ikke.</translation>
    </message>
    <message>
        <source>Ticked when a contact first gets portal access.</source>
        <translation>Markeres, når en kontakt første gang får portaladgang.</translation>
    </message>
    <message>
        <source>Not ticked when a contact first gets portal access.</source>
        <translation>Markeres ikke, når en kontakt første gang får portaladgang.</translation>
    </message>
</context>
<context>
    <name>PortalSettingsPage</name>
    <message>
        <source>A right is in force for a portal user only where it is offered here and ticked on the user (Internet tab).</source>
        <extracomment>The settings were read and can be edited.</extracomment>
        <translation>En rettighed gælder kun for en portalbruger, hvis den tilbydes her og er markeret for brugeren (fanen Internet).</translation>
    </message>
    <message>
        <source>Portal rights</source>
        <translation>Portalrettigheder</translation>
    </message>
    <message>
        <source>“Ticked for new portal users” applies when a contact first gets portal access; it does not change the rights of existing users.</source>
        <translation>“Markeret for nye portalbrugere” gælder, når en kontakt første gang får portaladgang; det ændrer ikke eksisterende brugeres rettigheder.</translation>
    </message>
    <message>
        <source>Cannot load the portal settings</source>
        <translation>Portalindstillingerne kan ikke indlæses</translation>
    </message>
    <message>
        <source>The system-wide portal settings</source>
        <translation>De systemdækkende portalindstillinger</translation>
    </message>
    <message>
        <source>“{right}”: offered in the portal</source>
        <translation>“{right}”: tilbydes i portalen</translation>
    </message>
    <message>
        <source>“{right}”: ticked for new portal users</source>
        <translation>“{right}”: markeret for nye portalbrugere</translation>
    </message>
</context>
<context>
    <name>PortalTexts</name>
    <message>
        <source>In force: ticked here and offered system-wide.</source>
        <extracomment>Qt&apos;s translate under the name pyside6-lupdate looks for.</extracomment>
        <translation>Gælder: markeret her og tilbydes systemdækkende.</translation>
    </message>
    <message>
        <source>In force: the main contact holds every right.</source>
        <translation>Gælder: hovedkontakten har alle rettigheder.</translation>
    </message>
    <message>
        <source>Not in force: not ticked for this user.</source>
        <translation>Gælder ikke: ikke markeret for denne bruger.</translation>
    </message>
    <message>
        <source>Not in force: switched off in the system-wide portal settings, so no one has it whatever is ticked here.</source>
        <translation>Gælder ikke: slået fra i de systemdækkende portalindstillinger, så ingen har den, uanset hvad der er markeret her.</translation>
    </message>
    <message>
        <source>Not in force: this contact has no portal access.</source>
        <translation>Gælder ikke: kontakten har ikke portaladgang.</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Ikke registreret</translation>
    </message>
    <message>
        <source>Web hosting</source>
        <translation>Webhosting</translation>
    </message>
    <message>
        <source>Agency services</source>
        <translation>Bureauydelser</translation>
    </message>
    <message>
        <source>Managed server</source>
        <translation>Administreret server</translation>
    </message>
    <message>
        <source>Single sign-on to the control panel: available</source>
        <translation>Single sign-on til kontrolpanelet: tilgængelig</translation>
    </message>
    <message>
        <source>the contact has no portal access</source>
        <translation>kontakten har ikke portaladgang</translation>
    </message>
    <message>
        <source>the account&apos;s service type is not recorded (set it on My details)</source>
        <translation>kontoens servicetype er ikke registreret (angiv den under Mine oplysninger)</translation>
    </message>
    <message>
        <source>the account has no web-hosting service ({kind})</source>
        <translation>kontoen har ingen webhostingtjeneste ({kind})</translation>
    </message>
    <message>
        <source>it lacks {rights}</source>
        <translation>kontakten mangler {rights}</translation>
    </message>
    <message>
        <source>Single sign-on to the control panel: not available because {reasons}</source>
        <translation>Single sign-on til kontrolpanelet: ikke tilgængelig, fordi {reasons}</translation>
    </message>
    <message>
        <source>; and </source>
        <translation>; og </translation>
    </message>
    <message>
        <source>Can log in</source>
        <translation>Kan logge ind</translation>
    </message>
    <message>
        <source>Cannot log in: no such login</source>
        <translation>Kan ikke logge ind: login&apos;et findes ikke</translation>
    </message>
    <message>
        <source>Cannot log in: the login is disabled</source>
        <translation>Kan ikke logge ind: login&apos;et er deaktiveret</translation>
    </message>
    <message>
        <source>Cannot log in: no password set</source>
        <translation>Kan ikke logge ind: ingen adgangskode angivet</translation>
    </message>
    <message>
        <source>Cannot log in: wrong password</source>
        <translation>Kan ikke logge ind: forkert adgangskode</translation>
    </message>
    <message>
        <source>Cannot verify the password</source>
        <translation>Adgangskoden kan ikke kontrolleres</translation>
    </message>
    <message>
        <source>Cannot log in: portal access is off on every account</source>
        <translation>Kan ikke logge ind: portaladgang er slået fra på alle konti</translation>
    </message>
    <message>
        <source>The password is right. At login the person chooses which company to act for:</source>
        <translation>Adgangskoden er korrekt. Ved login vælger personen, hvilken virksomhed der handles på vegne af:</translation>
    </message>
    <message>
        <source>The password was not checked (none typed). The login works with its password; the person chooses which company to act for:</source>
        <translation>Adgangskoden blev ikke tjekket (ingen indtastet). Login&apos;et virker med sin adgangskode; personen vælger, hvilken virksomhed der handles på vegne af:</translation>
    </message>
    <message>
        <source>No portal login has this user name. The user name is the email address of a contact with portal access; check the spelling, or give the contact portal access on Manage contacts.</source>
        <translation>Intet portallogin har dette brugernavn. Brugernavnet er e-mailadressen på en kontakt med portaladgang; tjek stavningen, eller giv kontakten portaladgang under Administrer kontakter.</translation>
    </message>
    <message>
        <source>The login exists but is disabled, for every company it serves. Enable it on Manage contacts.</source>
        <translation>Login&apos;et findes, men er deaktiveret for alle virksomheder, det giver adgang til. Aktivér det under Administrer kontakter.</translation>
    </message>
    <message>
        <source>The login has no password, so the portal finds no user. Set or generate one on Manage contacts.</source>
        <translation>Login&apos;et har ingen adgangskode, så portalen finder ingen bruger. Angiv eller generér en under Administrer kontakter.</translation>
    </message>
    <message>
        <source>The password typed does not match the one set. The person can reset it, or you can set a new one on Manage contacts.</source>
        <translation>Den indtastede adgangskode passer ikke med den angivne. Personen kan nulstille den, eller du kan angive en ny under Administrer kontakter.</translation>
    </message>
    <message>
        <source>The stored password hash is damaged or not one custadmin can check, so no password would work. Set a new password on Manage contacts.</source>
        <translation>Den gemte adgangskode-hash er beskadiget eller af en type, custadmin ikke kan tjekke, så ingen adgangskode ville virke. Angiv en ny adgangskode under Administrer kontakter.</translation>
    </message>
    <message>
        <source>The login exists, but portal access is switched off for every contact that uses it. Switch it on on Manage contacts.</source>
        <translation>Login&apos;et findes, men portaladgang er slået fra for alle kontakter, der bruger det. Slå den til under Administrer kontakter.</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>(no name)</source>
        <translation>(uden navn)</translation>
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
        <translation>Linje</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Årsag</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Værdi</translation>
    </message>
</context>
<context>
    <name>ProductCatalogueDialog</name>
    <message>
        <source>Product versions and prices</source>
        <translation>Produktversioner og priser</translation>
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
        <translation>Tillægsydelse</translation>
    </message>
    <message>
        <source>Offered to new &amp;partnerships</source>
        <translation>Tilbydes ved nye &amp;samarbejder</translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation>K&amp;ode:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>&amp;Licence price per month:</source>
        <translation>&amp;Licenspris pr. måned:</translation>
    </message>
    <message>
        <source>&amp;Reseller price per month:</source>
        <translation>&amp;Forhandlerpris pr. måned:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Valuta:</translation>
    </message>
    <message>
        <source>N&amp;ew product</source>
        <translation>Nyt &amp;produkt</translation>
    </message>
    <message>
        <source>&amp;Save product</source>
        <translation>&amp;Gem produkt</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>{name} er gemt.</translation>
    </message>
</context>
<context>
    <name>ProductPage</name>
    <message>
        <source>Version and licences</source>
        <translation>Version og licenser</translation>
    </message>
    <message>
        <source>Every user takes one licence at the same price, whether Reporter, Approver or Administrator.</source>
        <translation>Hver bruger optager én licens til samme pris, uanset om brugeren er Rapportør, Godkender eller Administrator.</translation>
    </message>
    <message>
        <source>{name} — {price} per licence and month (reseller {reseller})</source>
        <translation>{name} — {price} pr. licens og måned (forhandlerpris {reseller})</translation>
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
        <translation>Tillægsydelser</translation>
    </message>
    <message>
        <source>{name} ({price} per month)</source>
        <translation>{name} ({price} pr. måned)</translation>
    </message>
    <message>
        <source>The catalogue has no add-ons.</source>
        <translation>Kataloget har ingen tillægsydelser.</translation>
    </message>
    <message>
        <source>The catalogue has no product version: an administrator adds one first.</source>
        <translation>Kataloget har ingen produktversion: en administrator skal først tilføje en.</translation>
    </message>
</context>
<context>
    <name>ProductsModel</name>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Licence price</source>
        <translation>Licenspris</translation>
    </message>
    <message>
        <source>Reseller price</source>
        <translation>Forhandlerpris</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>I brug</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Add-on</source>
        <translation>Tillægsydelse</translation>
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
        <translation>Kode</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Programs</source>
        <translation>Programmer</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Kode:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Tilføj</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Omdøb</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gemt.</translation>
    </message>
</context>
<context>
    <name>ProgramsDialog</name>
    <message>
        <source>Program permissions</source>
        <translation>Programrettigheder</translation>
    </message>
    <message>
        <source>Granted in the name of</source>
        <translation>Tildeles i navn af</translation>
    </message>
    <message>
        <source>Granted in the &amp;name of:</source>
        <translation>Tildeles i &amp;navn af:</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Bruger</translation>
    </message>
    <message>
        <source>Programs</source>
        <translation>Programmer</translation>
    </message>
    <message>
        <source>Searc&amp;h:</source>
        <translation>&amp;Søg:</translation>
    </message>
    <message>
        <source>name or email</source>
        <translation>navn eller e-mail</translation>
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
        <translation>&amp;Programmer</translation>
    </message>
    <message>
        <source>R&amp;oles at the client</source>
        <translation>R&amp;oller hos klienten</translation>
    </message>
    <message>
        <source>Program permissions at {name}</source>
        <translation>Programrettigheder hos {name}</translation>
    </message>
    <message>
        <source>What each user sees at {name}: its own users and the consultants its bureaus gave access to. Only the client&apos;s own system administrator grants programs; choose in whose name.</source>
        <translation>Hvad hver bruger ser hos {name}: klientens egne brugere og de konsulenter, som dens bureauer har givet adgang. Kun klientens egen systemadministrator tildeler programmer; vælg i hvis navn.</translation>
    </message>
    <message>
        <source>The client has no system administrator: give one of its contacts that role on the Roles at the client tab first.</source>
        <translation>Klienten har ingen systemadministrator: giv først en af dens kontakter den rolle på fanen Roller hos klienten.</translation>
    </message>
    <message>
        <source>The client has no users yet: give its contacts a portal login first.</source>
        <translation>Klienten har endnu ingen brugere: giv først dens kontakter et portallogin.</translation>
    </message>
</context>
<context>
    <name>ProgressTask</name>
    <message>
        <source>Cancel</source>
        <extracomment>work(progress, cancel) -&gt; result; runs on a worker, must not touch widgets.</extracomment>
        <translation>Annuller</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annullerer…</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Unsaved changes</source>
        <extracomment>Qt&apos;s translate under the name pyside6-lupdate looks for.</extracomment>
        <translation>Ikke-gemte ændringer</translation>
    </message>
    <message>
        <source>{what} has unsaved changes.</source>
        <translation>{what} har ikke-gemte ændringer.</translation>
    </message>
    <message>
        <source>Save them before you go on?</source>
        <translation>Vil du gemme dem, før du fortsætter?</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Ændret af en anden</translation>
    </message>
    <message>
        <source>{what}: someone else saved a change after you opened it. Your changes were not saved.</source>
        <translation>{what}: en anden har gemt en ændring, efter du åbnede den. Dine ændringer blev ikke gemt.</translation>
    </message>
    <message>
        <source>Someone else saved this after you opened it. Your changes were not saved.</source>
        <translation>En anden har gemt dette, efter du åbnede det. Dine ændringer blev ikke gemt.</translation>
    </message>
    <message>
        <source>Saved by {who}.</source>
        <translation>Gemt af {who}.</translation>
    </message>
    <message>
        <source>{field}: was “{before}”, is now “{now}”, yours “{mine}”</source>
        <translation>{field}: var “{before}”, er nu “{now}”, din værdi “{mine}”</translation>
    </message>
    <message>
        <source>What they changed:</source>
        <translation>Det ændrede de:</translation>
    </message>
    <message>
        <source>Discard mine and show theirs</source>
        <translation>Kassér mine, og vis deres</translation>
    </message>
    <message>
        <source>Keep my edits</source>
        <translation>Behold mine ændringer</translation>
    </message>
    <message>
        <source>Replace their change?</source>
        <translation>Erstat deres ændring?</translation>
    </message>
    <message>
        <source>{who} saved these fields; saving replaces their values with yours:</source>
        <translation>{who} har gemt disse felter; når du gemmer, erstattes deres værdier med dine:</translation>
    </message>
    <message>
        <source>Someone else saved these fields; saving replaces their values with yours:</source>
        <translation>En anden har gemt disse felter; når du gemmer, erstattes deres værdier med dine:</translation>
    </message>
    <message>
        <source>{field}: theirs “{theirs}”, yours “{mine}”</source>
        <translation>{field}: deres “{theirs}”, din “{mine}”</translation>
    </message>
    <message>
        <source>Save mine over theirs</source>
        <translation>Gem mine i stedet for deres</translation>
    </message>
    <message>
        <source>Do not save</source>
        <translation>Gem ikke</translation>
    </message>
    <message>
        <source>Change the main contact</source>
        <translation>Skift hovedkontakt</translation>
    </message>
    <message>
        <source>Make {new} the main contact instead of {former}?</source>
        <translation>Gør {new} til hovedkontakt i stedet for {former}?</translation>
    </message>
    <message>
        <source>The main contact holds every portal right and receives what no one else is chosen for. {former} stays on the account as an ordinary contact.</source>
        <translation>Hovedkontakten har alle portalrettigheder og modtager det, som ingen andre er valgt til. {former} forbliver på kontoen som almindelig kontakt.</translation>
    </message>
    <message>
        <source>Make main contact</source>
        <translation>Gør til hovedkontakt</translation>
    </message>
    <message>
        <source>Keep {former}</source>
        <translation>Behold {former}</translation>
    </message>
    <message>
        <source>Delete contact</source>
        <translation>Slet kontakt</translation>
    </message>
    <message>
        <source>Delete the contact {name}?</source>
        <translation>Slet kontakten {name}?</translation>
    </message>
    <message>
        <source>{name} is the invoice contact: invoices will be addressed to the main contact instead.</source>
        <translation>{name} er fakturakontakt: fakturaer bliver i stedet adresseret til hovedkontakten.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behold</translation>
    </message>
    <message>
        <source>• {account} (customer {number}): {contact}{off}</source>
        <translation>• {account} (kunde {number}): {contact}{off}</translation>
    </message>
    <message>
        <source> — portal access off</source>
        <translation> — portaladgang slået fra</translation>
    </message>
    <message>
        <source>User name already in use</source>
        <translation>Brugernavnet er allerede i brug</translation>
    </message>
    <message>
        <source>{user} already logs in to the customer portal for:</source>
        <translation>{user} logger allerede ind i kundeportalen for:</translation>
    </message>
    <message>
        <source>Is this the same person? Then this contact joins that login: one user name, one password, and at login the person chooses which company to act for. Its password is kept.</source>
        <translation>Er det den samme person? Så knyttes denne kontakt til det login: ét brugernavn, én adgangskode, og ved login vælger personen, hvilken virksomhed der handles på vegne af. Login&apos;ets adgangskode beholdes.</translation>
    </message>
    <message>
        <source>The new password you typed replaces it for every account listed.</source>
        <translation>Den nye adgangskode, du har indtastet, erstatter den for alle de viste konti.</translation>
    </message>
    <message>
        <source>If it is someone else, choose Cancel and use another email address.</source>
        <translation>Hvis det er en anden person, skal du vælge Annuller og bruge en anden e-mailadresse.</translation>
    </message>
    <message>
        <source>Same person: join the login</source>
        <translation>Samme person: tilknyt login&apos;et</translation>
    </message>
    <message>
        <source>Shared login</source>
        <translation>Delt login</translation>
    </message>
    <message>
        <source>The login {user} is shared. The change applies to:</source>
        <translation>Login&apos;et {user} er delt. Ændringen gælder for:</translation>
    </message>
    <message>
        <source>Change it for all of them</source>
        <translation>Ændr det for dem alle</translation>
    </message>
    <message>
        <source>Delete customer account</source>
        <translation>Slet kundekonto</translation>
    </message>
    <message>
        <source>Delete {name} (customer {number}) with all its contacts and their portal access? The audit trail keeps a record; the account cannot be brought back.</source>
        <translation>Slet {name} (kunde {number}) med alle kontakter og deres portaladgang? Ændringsloggen bevarer en registrering, men kontoen kan ikke gendannes.</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Required.</source>
        <translation>Skal udfyldes.</translation>
    </message>
    <message>
        <source>Type the client&apos;s name exactly as shown.</source>
        <translation>Skriv klientens navn præcis, som det vises.</translation>
    </message>
</context>
<context>
    <name>RecipientDialog</name>
    <message>
        <source>Register a recipient in the e-invoice network</source>
        <translation>Registrér en modtager i e-fakturanetværket</translation>
    </message>
    <message>
        <source>The recipient is &lt;i&gt;pending&lt;/i&gt; until the customer confirms by email; meanwhile invoices go as PDF by email or on paper, or are held if the customer requires e-invoices.</source>
        <translation>Modtageren &lt;i&gt;afventer&lt;/i&gt;, indtil kunden bekræfter pr. e-mail; imens sendes fakturaer som PDF pr. e-mail eller på papir, eller de tilbageholdes, hvis kunden kræver e-faktura.</translation>
    </message>
    <message>
        <source>— choose the operator —</source>
        <translation>— vælg operatør —</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Registrér</translation>
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
        <translation>(slettet)</translation>
    </message>
    <message>
        <source>{name} (found contact)</source>
        <translation>{name} (fundet kontakt)</translation>
    </message>
    <message>
        <source>{state} — invoices held</source>
        <translation>{state} — fakturaer tilbageholdt</translation>
    </message>
    <message>
        <source>(could not be read)</source>
        <translation>(kunne ikke læses)</translation>
    </message>
    <message>
        <source>Customer no.</source>
        <extracomment>Blocks read and formatted with the first page: a screen of rows. A contact a search found, not the main one: &quot;{name} (found contact)&quot;. Each e-invoice delivery reason in a few words. &quot;{state} — invoices held&quot;.</extracomment>
        <translation>Kundenr.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Organisation no.</source>
        <translation>Org.nr.</translation>
    </message>
    <message>
        <source>Main contact</source>
        <translation>Hovedkontakt</translation>
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
        <source>City</source>
        <translation>By</translation>
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
        <translation>Søg: kundenr., navn, org.nr., e-mail eller telefon (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the customer register</source>
        <translation>Søg i kunderegistret</translation>
    </message>
    <message>
        <source>Show accounts by e-invoice delivery</source>
        <translation>Vis konti efter e-fakturalevering</translation>
    </message>
    <message>
        <source>Show only the accounts whose invoices go this way</source>
        <translation>Vis kun konti, hvis fakturaer sendes på denne måde</translation>
    </message>
    <message>
        <source>Every account</source>
        <translation>Alle konti</translation>
    </message>
    <message>
        <source>Delivered by e-invoice</source>
        <translation>Leveres som e-faktura</translation>
    </message>
    <message>
        <source>Invoices held</source>
        <translation>Fakturaer tilbageholdt</translation>
    </message>
    <message>
        <source>Customer register</source>
        <translation>Kunderegister</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Søger…</translation>
    </message>
    <message>
        <source>No accounts</source>
        <translation>Ingen konti</translation>
    </message>
    <message>
        <source>No account matching “{text}” is in the e-invoice state “{state}”.</source>
        <translation>Ingen konto, der matcher “{text}”, har e-fakturastatus “{state}”.</translation>
    </message>
    <message>
        <source>No account is in the e-invoice state “{state}”.</source>
        <translation>Ingen konto har e-fakturastatus “{state}”.</translation>
    </message>
    <message>
        <source>No account matches “{text}”.</source>
        <translation>Ingen konto matcher “{text}”.</translation>
    </message>
    <message>
        <source>The register is empty. Create the first customer account with Ctrl+N.</source>
        <translation>Registret er tomt. Opret den første kundekonto med Ctrl+N.</translation>
    </message>
    <message numerus="yes">
        <source>about %Ln accounts</source>
        <translation>
            <numerusform>cirka %Ln konto</numerusform>
            <numerusform>cirka %Ln konti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln accounts</source>
        <translation>
            <numerusform>%Ln konto</numerusform>
            <numerusform>%Ln konti</numerusform>
        </translation>
    </message>
    <message>
        <source>Not searched: {reason}</source>
        <translation>Ikke søgt: {reason}</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Invoices that cannot go as e-invoices</source>
        <extracomment>The operator asked to open this account. The first page of every reason, read with the counts (used once).</extracomment>
        <translation>Fakturaer, der ikke kan sendes som e-faktura</translation>
    </message>
    <message>
        <source>Accounts that have a Peppol ID, require e-invoices or are in the e-invoice network, and whose invoices do not go as e-invoices — with why, and since when.</source>
        <translation>Konti, der har et Peppol-id, kræver e-faktura eller er i e-fakturanetværket, men hvis fakturaer ikke sendes som e-faktura — med hvorfor og siden hvornår.</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Hvorfor</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konti</translation>
    </message>
    <message>
        <source>Accounts per reason</source>
        <translation>Konti pr. årsag</translation>
    </message>
    <message>
        <source>&amp;Reasons:</source>
        <translation>Å&amp;rsager:</translation>
    </message>
    <message>
        <source>Accounts listed</source>
        <translation>Viste konti</translation>
    </message>
    <message>
        <source>&amp;Accounts (Enter opens one):</source>
        <translation>&amp;Konti (Enter åbner en):</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Eksportér &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;XLSX…</source>
        <translation>Eksportér &amp;XLSX…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Opdater</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Tæller…</translation>
    </message>
    <message>
        <source>Every reason</source>
        <translation>Alle årsager</translation>
    </message>
    <message>
        <source>Held: the customer requires e-invoices</source>
        <translation>Tilbageholdt: kunden kræver e-faktura</translation>
    </message>
    <message>
        <source>{reason} — held</source>
        <translation>{reason} — tilbageholdt</translation>
    </message>
    <message>
        <source>No account waits for e-invoicing.</source>
        <translation>Ingen konto venter på e-faktura.</translation>
    </message>
    <message>
        <source>Export the e-invoice report</source>
        <translation>Eksportér e-fakturarapporten</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>Skriver {file}…</translation>
    </message>
    <message>
        <source>CSV, comma-separated (*.csv)</source>
        <translation>CSV, kommasepareret (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-projektmappe (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n accounts to {file}.</source>
        <translation>
            <numerusform>Eksporterede %n konto til {file}.</numerusform>
            <numerusform>Eksporterede %n konti til {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Eksporten blev annulleret: ingen fil blev skrevet.</translation>
    </message>
    <message>
        <source>Nothing was exported: {reason}</source>
        <translation>Intet blev eksporteret: {reason}</translation>
    </message>
</context>
<context>
    <name>ReportModel</name>
    <message>
        <source>Customer no.</source>
        <extracomment>Rows read per page as the list is scrolled. A counts-list entry: (reasons, held) the list is filtered by. A read failed: the text is for the operator.</extracomment>
        <translation>Kundenr.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Organisation no.</source>
        <translation>CVR-/org.nr.</translation>
    </message>
    <message>
        <source>Peppol ID</source>
        <translation>Peppol-id</translation>
    </message>
    <message>
        <source>Why not by e-invoice</source>
        <translation>Hvorfor ikke e-faktura</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Tilbageholdt</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Siden</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dage</translation>
    </message>
    <message>
        <source>held</source>
        <translation>tilbageholdt</translation>
    </message>
</context>
<context>
    <name>RightsModel</name>
    <message>
        <source>Single sign-on</source>
        <extracomment>Column of the single sign-on status, after one column per right. Header labels are wrapped at about this many characters. The draft of ticks changed (by setData or revert).</extracomment>
        <translation>Single sign-on</translation>
    </message>
    <message>
        <source>Single sign-on to the hosting control panel needs {rights}, and a web-hosting service on the account (R10).</source>
        <translation>Single sign-on til hostingkontrolpanelet kræver {rights} og en webhostingtjeneste på kontoen (R10).</translation>
    </message>
    <message>
        <source> and </source>
        <translation> og </translation>
    </message>
    <message>
        <source>available</source>
        <translation>tilgængelig</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>ikke tilgængelig</translation>
    </message>
    <message>
        <source>The main contact holds every right; there is nothing to tick.</source>
        <translation>Hovedkontakten har alle rettigheder; der er intet at markere.</translation>
    </message>
    <message>
        <source>{name}, main contact</source>
        <translation>{name}, hovedkontakt</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastaturgenveje</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Taster</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Hvor</translation>
    </message>
    <message>
        <source>Account editor</source>
        <translation>Kontoredigering</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Overalt</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Create the first administrator</source>
        <translation>Opret den første administrator</translation>
    </message>
    <message>
        <source>Sign in to custadmin</source>
        <translation>Log ind i custadmin</translation>
    </message>
    <message>
        <source>{location} has no operators yet. Create the first one: an administrator, who can then add the others.</source>
        <translation>{location} har endnu ingen sagsbehandlere. Opret den første: en administrator, som derefter kan tilføje de andre.</translation>
    </message>
    <message>
        <source>Sign in with your operator name to
{location}</source>
        <translation>Log ind med dit sagsbehandlernavn i
{location}</translation>
    </message>
    <message>
        <source>Operator name</source>
        <translation>Sagsbehandlernavn</translation>
    </message>
    <message>
        <source>as the audit trail shows it</source>
        <translation>som ændringsloggen viser det</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Adgangskode</translation>
    </message>
    <message>
        <source>&amp;Remember me on this computer</source>
        <translation>&amp;Husk mig på denne computer</translation>
    </message>
    <message>
        <source>Keeps a sign-in token in the system keyring (never in a file) for 30 days.</source>
        <translation>Gemmer et login-token i systemets nøglering (aldrig i en fil) i 30 dage.</translation>
    </message>
    <message>
        <source>No system keyring is available on this computer: you sign in every session.</source>
        <translation>Der er ingen systemnøglering på denne computer: du skal logge ind i hver session.</translation>
    </message>
    <message>
        <source>&amp;Operator name:</source>
        <translation>&amp;Sagsbehandlernavn:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Fulde navn:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Adgangskode:</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>Adgangskode &amp;igen:</translation>
    </message>
    <message>
        <source>Create and sign in</source>
        <translation>Opret og log ind</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Log ind</translation>
    </message>
    <message>
        <source>Type your operator name.</source>
        <translation>Skriv dit sagsbehandlernavn.</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Skriv din adgangskode.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>De to adgangskoder er forskellige.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Tjekker…</translation>
    </message>
    <message>
        <source>Signing in failed; see the log for details.</source>
        <translation>Login mislykkedes; se loggen for detaljer.</translation>
    </message>
</context>
<context>
    <name>SignatureDialog</name>
    <message>
        <source>Record the signature</source>
        <translation>Registrér underskriften</translation>
    </message>
    <message>
        <source>{name}&apos;s system administrator or an authorised signatory must have signed the form.</source>
        <translation>Blanketten skal være underskrevet af systemadministratoren for {name} eller af en tegningsberettiget.</translation>
    </message>
    <message>
        <source>the signed form as scanned or received</source>
        <translation>den underskrevne blanket, scannet eller som modtaget</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Gennemse…</translation>
    </message>
    <message>
        <source>&amp;Signed by:</source>
        <translation>&amp;Underskrevet af:</translation>
    </message>
    <message>
        <source>Signed &amp;file:</source>
        <translation>&amp;Fil med underskrift:</translation>
    </message>
    <message>
        <source>&amp;Record signature</source>
        <translation>&amp;Registrér underskrift</translation>
    </message>
    <message>
        <source>The signed form</source>
        <translation>Den underskrevne blanket</translation>
    </message>
    <message>
        <source>The file cannot be read: {why}</source>
        <translation>Filen kan ikke læses: {why}</translation>
    </message>
</context>
<context>
    <name>UserRightsModel</name>
    <message>
        <source>Right</source>
        <translation>Rettighed</translation>
    </message>
    <message>
        <source>In force?</source>
        <translation>Gælder?</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>Gælder</translation>
    </message>
    <message>
        <source>In force (main contact)</source>
        <translation>Gælder (hovedkontakt)</translation>
    </message>
    <message>
        <source>Not ticked</source>
        <translation>Ikke markeret</translation>
    </message>
    <message>
        <source>Off system-wide</source>
        <translation>Slået fra i hele systemet</translation>
    </message>
    <message>
        <source>No portal access</source>
        <translation>Ingen portaladgang</translation>
    </message>
    <message numerus="yes">
        <source>In force, ticked here and offered system-wide: %Ln rights.</source>
        <translation>
            <numerusform>Gælder, markeret her og tilbudt i hele systemet: %Ln rettighed.</numerusform>
            <numerusform>Gælder, markeret her og tilbudt i hele systemet: %Ln rettigheder.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In force, as the main contact holds every right: %Ln rights.</source>
        <translation>
            <numerusform>Gælder, da hovedkontakten har alle rettigheder: %Ln rettighed.</numerusform>
            <numerusform>Gælder, da hovedkontakten har alle rettigheder: %Ln rettigheder.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not ticked for this user: %Ln rights.</source>
        <translation>
            <numerusform>Ikke markeret for denne bruger: %Ln rettighed.</numerusform>
            <numerusform>Ikke markeret for denne bruger: %Ln rettigheder.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Switched off in the system-wide portal settings, whatever is ticked: %Ln rights.</source>
        <translation>
            <numerusform>Slået fra i de systemdækkende portalindstillinger, uanset hvad der er markeret: %Ln rettighed.</numerusform>
            <numerusform>Slået fra i de systemdækkende portalindstillinger, uanset hvad der er markeret: %Ln rettigheder.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not in force, as this contact has no portal access: %Ln rights.</source>
        <translation>
            <numerusform>Gælder ikke, da kontakten ikke har portaladgang: %Ln rettighed.</numerusform>
            <numerusform>Gælder ikke, da kontakten ikke har portaladgang: %Ln rettigheder.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>Name</source>
        <extracomment>The column of :class:`UsersModel` that says where the invitation stands.</extracomment>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Salary type</source>
        <translation>Lønform</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>Godkender</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Mangler</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Invitation</translation>
    </message>
    <message>
        <source>Personal identity no.</source>
        <translation>Personnr.</translation>
    </message>
    <message>
        <source>Employment no.</source>
        <translation>Medarb.nr.</translation>
    </message>
    <message>
        <source>Sent {when}</source>
        <translation>Sendt {when}</translation>
    </message>
    <message>
        <source>Failed {when}: {why}</source>
        <translation>Mislykkedes {when}: {why}</translation>
    </message>
</context>
<context>
    <name>WelcomeEmail</name>
    <message>
        <source>Welcome to {product}: your login at {account}</source>
        <extracomment>translate(context, source) -&gt; the text in the message&apos;s language. The language each country&apos;s accounts get their emails in: the languages custadmin has. Norwegian and Finnish accounts get English until it has theirs. Where users log in: the same on the desktop and in the mobile app.</extracomment>
        <translation>Velkommen til {product}: dit login hos {account}</translation>
    </message>
    <message>
        <source>Hello {name},</source>
        <translation>Hej {name}</translation>
    </message>
    <message>
        <source>{partner} has created a user for you at {account} in {product}. Your role: {role}.</source>
        <translation>{partner} har oprettet en bruger til dig hos {account} i {product}. Din rolle: {role}.</translation>
    </message>
    <message>
        <source>To log in, go to {address} and enter your email address, {email}. The first time, choose your password with &quot;Forgot your password?&quot;. It is the same login on the desktop and in the mobile app.</source>
        <translation>Du logger ind ved at gå til {address} og skrive din e-mailadresse, {email}. Første gang vælger du din adgangskode via »Glemt din adgangskode?«. Du bruger det samme login på computeren og i mobilappen.</translation>
    </message>
    <message>
        <source>You can also log in with BankID: your personal identity number is registered.</source>
        <translation>Du kan også logge ind med BankID, da dit personnummer er registreret.</translation>
    </message>
    <message>
        <source>Welcome!</source>
        <translation>Velkommen!</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Rapportør</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>Godkender</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>WhoGetsWhatPanel</name>
    <message>
        <source>Message</source>
        <extracomment>The key of the panel&apos;s row saying how the invoice is delivered.</extracomment>
        <translation>Meddelelse</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Sendes til</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Hvorfor</translation>
    </message>
    <message>
        <source>Who gets what</source>
        <translation>Hvem får hvad</translation>
    </message>
    <message>
        <source>Follows your edits before they are saved.</source>
        <translation>Følger dine ændringer, før de gemmes.</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>Invoice delivery</source>
        <translation>Fakturalevering</translation>
    </message>
</context>
<context>
    <name>WhyNoPrograms</name>
    <message>
        <source>Enable the login on the consultant&apos;s contact (Internet tab).</source>
        <translation>Slå login til for konsulentens kontakt (fanen Internet).</translation>
    </message>
    <message>
        <source>The client&apos;s system administrator or authorised signatory signs the connection form; then record the signature.</source>
        <translation>Klientens systemadministrator eller en tegningsberettiget underskriver tilknytningsblanketten; registrér derefter underskriften.</translation>
    </message>
    <message>
        <source>The bureau&apos;s system administrator or a program administrator of the client manager activates the client in the activation list.</source>
        <translation>Bureauets systemadministrator eller en programadministrator for klientstyringen aktiverer klienten på aktiveringslisten.</translation>
    </message>
    <message>
        <source>The bureau ticks the client for the consultant under Client access.</source>
        <translation>Bureauet markerer klienten for konsulenten under Klientadgang.</translation>
    </message>
    <message>
        <source>The client&apos;s own system administrator grants the programs under Program permissions.</source>
        <translation>Klientens egen systemadministrator tildeler programmerne under Programrettigheder.</translation>
    </message>
</context>
<context>
    <name>WhyNoProgramsDialog</name>
    <message>
        <source>Why no programs?</source>
        <translation>Hvorfor ingen programmer?</translation>
    </message>
    <message>
        <source>What a consultant sees at a client of their bureau, or exactly why they see none. Nothing is changed.</source>
        <translation>Hvad en konsulent ser hos en klient i sit bureau, eller præcis hvorfor vedkommende intet ser. Intet ændres.</translation>
    </message>
    <message>
        <source>the email address the consultant logs in with</source>
        <translation>den e-mailadresse, konsulenten logger ind med</translation>
    </message>
    <message>
        <source>optional: the client&apos;s name, organisation number or customer number</source>
        <translation>valgfrit: klientens navn, organisationsnummer eller kundenummer</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Brugernavn:</translation>
    </message>
    <message>
        <source>C&amp;lient:</source>
        <translation>&amp;Klient:</translation>
    </message>
    <message>
        <source>&amp;Ask</source>
        <translation>&amp;Spørg</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Bureau</source>
        <translation>Bureau</translation>
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
        <translation>Spørger…</translation>
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
        <translation>Konsulentens bureauer har ingen klienter.</translation>
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
        <translation>(ingen endnu)</translation>
    </message>
</context>
</TS>
