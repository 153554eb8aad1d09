// SPDX-License-Identifier: MIT
// Every translation is complete and current: no unfinished, vanished or obsolete entry, no empty
// text, the same placeholders as the English source, the plural forms the language needs — and
// lupdate, run over today's sources, finds nothing new to translate.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

struct Message
{
    QString context;
    QString source;
    QString type; //!< the translation's type attribute: unfinished, vanished, obsolete or empty
    bool numerus = false;
    QStringList forms; //!< the translation, or its numerus forms
};

// One entry per <message>, complete once its </translation> is read (numerus forms included).
QList<Message> readTsComplete(const QString &path, QString *language)
{
    QList<Message> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return out;
    QXmlStreamReader xml(&file);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == u"translation"_s) {
            out << m;
            continue;
        }
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"TS"_s)
            *language = xml.attributes().value(u"language"_s).toString();
        else if (name == u"name"_s)
            context = xml.readElementText();
        else if (name == u"message"_s)
            m = Message { context, {}, {}, xml.attributes().value(u"numerus"_s) == u"yes"_s, {} };
        else if (name == u"source"_s)
            m.source = xml.readElementText();
        else if (name == u"translation"_s) {
            m.type = xml.attributes().value(u"type"_s).toString();
            if (!m.numerus) {
                m.forms << xml.readElementText(); // consumes </translation>
                out << m;
            }
        } else if (name == u"numerusform"_s)
            m.forms << xml.readElementText();
    }
    return out;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(u"%(\\d+|n)"_s);
    QSet<QString> out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out << it.next().captured(0);
    return out;
}

int pluralForms(const QString &language)
{
    return language.startsWith(u"ru"_s) ? 3 : 2; // Russian: one, few, many
}

QStringList tsFiles()
{
    QStringList out;
    const QDir dir(QStringLiteral(TGIC_TS_DIR));
    for (const QString &f : dir.entryList({ u"tgic_*.ts"_s }, QDir::Files, QDir::Name))
        out << dir.filePath(f);
    return out;
}

QString where(const Message &m)
{
    return m.context + u": \""_s + m.source.left(80) + u'"';
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyLanguageIsThere()
    {
        QStringList names;
        for (const QString &f : tsFiles())
            names << QFileInfo(f).fileName();
        QCOMPARE(names, QStringList({ u"tgic_de.ts"_s, u"tgic_es.ts"_s, u"tgic_ru.ts"_s }));
    }

    void everyEntryIsTranslated_data()
    {
        QTest::addColumn<QString>("ts");
        for (const QString &f : tsFiles())
            QTest::newRow(qPrintable(QFileInfo(f).fileName())) << f;
    }

    void everyEntryIsTranslated()
    {
        QFETCH(QString, ts);
        QString language;
        const QList<Message> messages = readTsComplete(ts, &language);
        QVERIFY2(messages.size() > 100, qPrintable(ts));
        QStringList problems;
        for (const Message &m : messages) {
            if (!m.type.isEmpty()) {
                problems << m.type + u": "_s + where(m);
                continue;
            }
            const int wanted = m.numerus ? pluralForms(language) : 1;
            if (m.forms.size() != wanted) {
                problems << u"%1 plural forms instead of %2: "_s.arg(m.forms.size()).arg(wanted) + where(m);
                continue;
            }
            for (const QString &form : m.forms) {
                if (form.trimmed().isEmpty())
                    problems << u"empty: "_s + where(m);
                else if (placeholders(form) != placeholders(m.source))
                    problems << u"placeholders differ: "_s + where(m) + u" → \""_s + form + u'"';
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(u"\n"_s + problems.join(u'\n')));
    }

    void lupdateFindsNothingNew_data() { everyEntryIsTranslated_data(); }

    void lupdateFindsNothingNew()
    {
        // lupdate on a copy: the .ts in the source tree stay untouched. A new or changed source
        // string comes back unfinished; a removed one makes the copy shorter (-no-obsolete).
        QFETCH(QString, ts);
        QTemporaryDir tmp;
        const QString copy = tmp.filePath(QFileInfo(ts).fileName());
        QVERIFY(QFile::copy(ts, copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QProcess lupdate;
        lupdate.start(QStringLiteral(TGIC_LUPDATE),
            { u"@"_s + QStringLiteral(TGIC_LUPDATE_LIST), u"-no-obsolete"_s, u"-locations"_s, u"none"_s,
                u"-ts"_s, copy });
        QVERIFY(lupdate.waitForFinished(120000));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());

        QString language;
        const QList<Message> before = readTsComplete(ts, &language);
        const QList<Message> after = readTsComplete(copy, &language);
        QStringList problems;
        for (const Message &m : after)
            if (m.type == u"unfinished"_s)
                problems << u"not in the .ts yet: "_s + where(m);
        QSet<QString> current;
        for (const Message &m : after)
            current << m.context + u'\x1f' + m.source;
        for (const Message &m : before)
            if (!current.contains(m.context + u'\x1f' + m.source))
                problems << u"no longer in the sources: "_s + where(m);
        QVERIFY2(problems.isEmpty(),
            qPrintable(u"\n"_s + problems.join(u'\n')
                + u"\nRefresh: cmake --build <build> --target update_translations, then translate "
                  "the unfinished entries (Qt Linguist)."_s));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
