<?xml version='1.0' encoding='UTF-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AuditDialog</name>
    <message numerus="yes">
        <source>The trail is intact: %Ln records, none changed or removed since they were written.</source>
        <translation><numerusform>The trail is intact: %Ln record, none changed or removed since they were written.</numerusform><numerusform>The trail is intact: %Ln records, none changed or removed since they were written.</numerusform></translation>
    </message>
    </context>
<context>
    <name>SecurityHooks</name>
    <message numerus="yes">
        <source>%n older backups use an earlier passphrase and were not changed.</source>
        <translation><numerusform>%n older backup uses an earlier passphrase and was not changed.</numerusform><numerusform>%n older backups use an earlier passphrase and were not changed.</numerusform></translation>
    </message>
    </context>
</TS>