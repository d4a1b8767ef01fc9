<?xml version='1.0' encoding='UTF-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>SecurityHooks</name>
    <message numerus="yes">
        <source>%n older backups use an earlier passphrase and were not changed.</source>
        <translation><numerusform>%n older backup uses an earlier passphrase and was not changed.</numerusform><numerusform>%n older backups use an earlier passphrase and were not changed.</numerusform></translation>
    </message>
    </context>
</TS>