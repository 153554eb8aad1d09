// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QGridLayout;
class QGroupBox;
class QLabel;
class QPushButton;
class QTreeView;

namespace tgic::models {
class ContactDetails;
class PhoneRequester;
struct ContactSnapshot;
} // namespace tgic::models

namespace tgic::ui {

class PhoneRequestBox;

//! The right pane: the Intercom contact the chat's Telegram user ID is anchored to, its latest
//! conversation as Intercom sees it (state, assignee, team, tags, when read), the Telegram side
//! of the person, their username and name history, and a button to open the contact in the
//! Intercom web app. Every value comes from models::ContactDetails.
class ContactPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit ContactPanel(models::ContactDetails *details, QWidget *parent = nullptr);

    //! The value label of a field, for tests: "contactId", "role", "email", "username", …
    QLabel *field(const QString &name) const;

    //! The repair actions need a connected engine; without one they are disabled with `reason`.
    void setActionsAvailable(bool available, const QString &reason = {});
    //! What the last repair did (or why not), shown under the buttons until the chat changes.
    void showActionResult(const QString &message, bool ok);
    //! A repair button, for tests: "relink", "unlink", "reresolve", "rewriteAnchor", "merge",
    //! and "erase" (forget the customer on request).
    QPushButton *actionButton(const QString &name) const { return m_actions.value(name); }

    //! Adds the "Phone number" box (ask the customer for it), shown for every selected chat.
    void setPhoneRequester(models::PhoneRequester *requester);
    //! Its button, for tests; null before setPhoneRequester().
    QPushButton *askPhoneButton() const;

Q_SIGNALS:
    void relinkRequested();
    void unlinkRequested();
    void reresolveRequested();
    void rewriteAnchorRequested();
    void mergeRequested();
    void askPhoneRequested();
    void eraseRequested();

private:
    QPushButton *addAction(QGridLayout *grid, const QString &name, const QString &text, const QString &help);
    void updateActions();

    void refresh();
    void updatePhoneRequest();
    // The conversation as Intercom shows it (state, assignees, tags, when it was read).
    QGroupBox *buildIntercomConversationBox(QWidget *parent);
    void refreshIntercomConversation(const models::ContactSnapshot &s);
    QLabel *addField(QGridLayout *form, const QString &name, const QString &label);
    void setField(const QString &name, const QString &value);

    models::ContactDetails *m_details;
    QLabel *m_heading;
    QLabel *m_badge;
    QLabel *m_readProblem; //!< shown while the local database cannot be read
    QLabel *m_empty;
    QWidget *m_content;
    QTreeView *m_history;
    QPushButton *m_open;
    QGroupBox *m_intercomConversation = nullptr;
    QHash<QString, QLabel *> m_fields;
    QHash<QString, QLabel *> m_captions; //!< the caption beside each field, hidden with it
    QHash<QString, QPushButton *> m_actions;
    QLabel *m_actionResult;
    bool m_actionsAvailable = false;
    QString m_unavailableReason;
    qint64 m_resultFor = 0; //!< the chat the shown result belongs to
    models::PhoneRequester *m_phoneRequester = nullptr;
    PhoneRequestBox *m_phoneBox = nullptr;
};

} // namespace tgic::ui
