// SPDX-License-Identifier: MIT
#pragma once

#include "ContactSearchModel.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;

namespace tgic::ui {

//! Find an Intercom contact by id, email, phone or name as you type: a search box over a list
//! that shows each contact's role, name, email, phone and Telegram IDs.
class ContactPicker final : public QWidget
{
    Q_OBJECT

public:
    //! Searching through the repair tools: the engine's Intercom client and its rate-limit pacing.
    explicit ContactPicker(models::MappingTools *tools, QWidget *parent = nullptr);

    QLineEdit *searchField() const { return m_search; }
    QListView *listView() const { return m_list; }
    models::ContactSearchModel *model() const { return m_model; }

    //! Search for `text` at once and pick the first hit (an id known beforehand, say).
    void search(const QString &text, bool pickFirst);
    //! The chosen contact; empty if none.
    models::PickedContact contact() const { return m_contact; }
    QString contactId() const;

Q_SIGNALS:
    void contactChanged(const tgic::models::PickedContact &contact);

private:
    void onFinished(int count);
    void setContact(const models::PickedContact &contact);

    models::ContactSearchModel *m_model;
    QLineEdit *m_search;
    QListView *m_list;
    QLabel *m_status;
    models::PickedContact m_contact;
    bool m_pickFirst = false;
};

} // namespace tgic::ui
