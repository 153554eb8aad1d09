// SPDX-License-Identifier: MIT
#pragma once

#include "CustomerAction.h"

#include <QMap>
#include <QWidget>

class QGridLayout;
class QGroupBox;
class QLabel;
class QPushButton;
class QTimer;
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
    //! An action's button, for tests.
    QPushButton *actionButton(CustomerAction action) const { return m_actions.value(action); }

    //! Adds the "Phone number" box (ask the customer for it), shown for every selected chat.
    void setPhoneRequester(models::PhoneRequester *requester);
    //! Its button, for tests; null before setPhoneRequester().
    QPushButton *askPhoneButton() const;

Q_SIGNALS:
    //! An action's button was pressed.
    void actionRequested(tgic::ui::CustomerAction action);
    void askPhoneRequested();

private:
    //! A button for `action`, registered and connected; the caller lays it out.
    QPushButton *makeActionButton(CustomerAction action, const QString &text, const QString &help);
    void addAction(QGridLayout *grid, CustomerAction action, const QString &text, const QString &help);
    void updateActions();

    void refresh();
    void updatePhoneRequest();
    // The conversation as Intercom shows it (state, assignees, tags, when it was read).
    QGroupBox *buildIntercomConversationBox(QWidget *parent);
    void refreshIntercomConversation(const models::ContactSnapshot &s);
    //! A business chat's reply window: its end, or how long ago it closed.
    void refreshReplyWindow();
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
    QMap<CustomerAction, QPushButton *> m_actions;
    QLabel *m_actionResult;
    QTimer *m_replyWindowTimer; //!< the window closes with time, not with a change in the database
    bool m_actionsAvailable = false;
    QString m_unavailableReason;
    qint64 m_resultFor = 0; //!< the chat the shown result belongs to
    models::PhoneRequester *m_phoneRequester = nullptr;
    PhoneRequestBox *m_phoneBox = nullptr;
};

} // namespace tgic::ui
