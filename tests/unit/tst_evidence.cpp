// SPDX-License-Identifier: MIT
// What counts as evidence of who a customer is: phone numbers compared in one form, the e-mail
// addresses a customer types found in their words (and nothing that only looks like one).

#include "store/IdentityEvidence.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace tgic::store;

class TestEvidence : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void phoneNumbersCompareInOneForm_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("normalized");
        QTest::newRow("Telegram sends no +") << u"491701234567"_s << u"+491701234567"_s;
        QTest::newRow("E.164") << u"+491701234567"_s << u"+491701234567"_s;
        QTest::newRow("formatted") << u"+49 (170) 123-45.67"_s << u"+491701234567"_s;
        QTest::newRow("00 prefix") << u"0049 170 1234567"_s << u"+491701234567"_s;
        QTest::newRow("spaces around") << u"  +1 555 010 9999 "_s << u"+15550109999"_s;
        QTest::newRow("too short") << u"12345"_s << QString();
        QTest::newRow("too long") << u"+1234567890123456"_s << QString();
        QTest::newRow("no digits") << u"call me"_s << QString();
        QTest::newRow("non-ASCII digits are not digits here") << u"+٤٩١٧٠١٢٣٤٥٦٧"_s << QString();
    }

    void phoneNumbersCompareInOneForm()
    {
        QFETCH(QString, typed);
        QFETCH(QString, normalized);
        QCOMPARE(evidence::normalizedPhone(typed), normalized);
    }

    void emailAddressesAreFoundInWhatCustomersType_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("found");
        QTest::newRow("plain") << u"write to anna@example.com please"_s
                               << QStringList { u"anna@example.com"_s };
        QTest::newRow("end of sentence")
            << u"It's Anna.Schmidt@Example.co.uk."_s << QStringList { u"Anna.Schmidt@Example.co.uk"_s };
        QTest::newRow("two, one twice")
            << u"a@x.io or b+tag@y.org, again A@X.IO"_s << QStringList { u"a@x.io"_s, u"b+tag@y.org"_s };
        QTest::newRow("in brackets") << u"(mail: bo@shop.de)"_s << QStringList { u"bo@shop.de"_s };
        QTest::newRow("a mention is not an address") << u"ask @anna_support"_s << QStringList {};
        QTest::newRow("no top-level domain") << u"root@localhost"_s << QStringList {};
        QTest::newRow("double dot") << u"x..y@example.com"_s << QStringList {};
        QTest::newRow("empty") << QString() << QStringList {};
    }

    void emailAddressesAreFoundInWhatCustomersType()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, found);
        QCOMPARE(evidence::emailsIn(text), found);
    }
};

QTEST_GUILESS_MAIN(TestEvidence)
#include "tst_evidence.moc"
