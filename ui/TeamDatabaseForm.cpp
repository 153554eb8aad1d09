// SPDX-License-Identifier: MIT
#include "TeamDatabaseForm.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace tgic::ui {

TeamDatabaseForm::TeamDatabaseForm(QWidget *parent)
    : QGroupBox(tr("Team database"), parent)
    , m_enabled(new QCheckBox(tr("Share one &database with my team (PostgreSQL)"), this))
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_sslMode(new QComboBox(this))
    , m_rootCert(new QLineEdit(this))
{
    setObjectName(u"teamDatabase"_s);
    m_enabled->setObjectName(u"teamEnabled"_s);
    m_host->setObjectName(u"teamHost"_s);
    m_port->setObjectName(u"teamPort"_s);
    m_database->setObjectName(u"teamDatabaseName"_s);
    m_user->setObjectName(u"teamUser"_s);
    m_password->setObjectName(u"teamPassword"_s);
    m_sslMode->setObjectName(u"teamSslMode"_s);
    m_rootCert->setObjectName(u"teamRootCert"_s);
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database->setPlaceholderText(u"tgic"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("stored in the keychain; leave empty to keep it"));
    // libpq's sslmode values, safest last; verify-full checks the certificate and the host name.
    m_sslMode->addItem(tr("Prefer TLS"), u"prefer"_s);
    m_sslMode->addItem(tr("Require TLS"), u"require"_s);
    m_sslMode->addItem(tr("TLS, verify the certificate"), u"verify-ca"_s);
    m_sslMode->addItem(tr("TLS, verify the certificate and host name"), u"verify-full"_s);
    m_sslMode->addItem(tr("No TLS (loopback only)"), u"disable"_s);
    m_rootCert->setPlaceholderText(tr("CA certificate file (for the verify modes)"));
    auto *note = new QLabel(tr("Every workstation of the team opens the same database; one of them runs the "
                               "sync, the others follow live. Tokens stay in each workstation's keychain. "
                               "Takes effect the next time tgic starts."),
        this);
    note->setWordWrap(true);
    note->setEnabled(false);

    auto *form = new QFormLayout(this);
    form->addRow(m_enabled);
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("Data&base:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(tr("&TLS:"), m_sslMode);
    form->addRow(tr("CA &certificate:"), m_rootCert);
    form->addRow(note);
    connect(m_enabled, &QCheckBox::toggled, this, &TeamDatabaseForm::updateEnabled);
    updateEnabled();
}

void TeamDatabaseForm::updateEnabled()
{
    for (QWidget *w : std::initializer_list<QWidget *> {
             m_host, m_port, m_database, m_user, m_password, m_sslMode, m_rootCert })
        w->setEnabled(m_enabled->isChecked());
}

void TeamDatabaseForm::setUrl(const QString &url)
{
    const bool team = url.startsWith(u"postgres"_s);
    m_enabled->setChecked(team);
    if (!team)
        return;
    const QUrl u(url);
    const QUrlQuery query(u);
    m_host->setText(u.host());
    m_port->setValue(u.port(5432));
    m_database->setText(u.path().mid(1));
    m_user->setText(u.userName());
    const int mode = m_sslMode->findData(query.queryItemValue(u"sslmode"_s));
    m_sslMode->setCurrentIndex(mode >= 0 ? mode : 0);
    m_rootCert->setText(query.queryItemValue(u"sslrootcert"_s, QUrl::FullyDecoded));
}

QString TeamDatabaseForm::url() const
{
    if (!m_enabled->isChecked() || m_host->text().trimmed().isEmpty())
        return {};
    QUrl u;
    u.setScheme(u"postgresql"_s);
    u.setHost(m_host->text().trimmed());
    u.setPort(m_port->value());
    u.setUserName(m_user->text().trimmed());
    const QString database = m_database->text().trimmed();
    u.setPath(u'/' + (database.isEmpty() ? u"tgic"_s : database));
    QUrlQuery query;
    query.addQueryItem(u"sslmode"_s, m_sslMode->currentData().toString());
    if (!m_rootCert->text().trimmed().isEmpty())
        query.addQueryItem(u"sslrootcert"_s, m_rootCert->text().trimmed());
    u.setQuery(query);
    return u.toString();
}

QString TeamDatabaseForm::password() const
{
    return m_password->text();
}

} // namespace tgic::ui
