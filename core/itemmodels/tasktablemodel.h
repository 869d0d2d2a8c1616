#pragma once

#include "document/ledgerdocument.h"
#include "model/task.h"
#include "model/trafficlight.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>

namespace Taizhang {

// The ledger as a table in the classic column order. Rows arrive in pages: the first page is read
// at once so the view paints immediately, the rest follow from the event loop in larger pages so
// a 100,000-task ledger is whole within half a second without freezing the window.
// Edits made through setData() go to the document, which writes them and announces them back.
class TaskTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        SectionColumn,
        NumberColumn,
        TitleColumn,
        RequirementColumn,
        LeadUnitsColumn,
        CoUnitsColumn,
        DeadlineColumn,
        DueColumn,
        StatusColumn,
        LightColumn,
        ProgressColumn,
        ProblemsColumn,
        RemarksColumn,
        LeadersColumn, // 责任领导: people, apart from the units
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        TaskIdRole = Qt::UserRole + 1,
        LightRole, // TrafficLight as int
        StatusRole, // TaskStatus as int
        DueDateRole, // QDate, invalid when none
        UnitsRole, // QStringList: lead then cooperating units
        DaysLeftRole, // int, negative when overdue
        OrderRole, // double: the task's place in the ledger (its id, unless moved by hand)
    };

    explicit TaskTableModel(QObject *parent = nullptr);

    void setDocument(LedgerDocument *document);
    LedgerDocument *document() const { return m_document; }

    bool isFullyLoaded() const { return m_fullyLoaded; }
    void loadAll(); // reads every remaining page now (CLI, tests)

    const Task &taskAt(int row) const { return m_tasks.at(row); }
    int rowOfTask(qint64 taskId) const { return m_rowOfId.value(taskId, -1); }
    TrafficLight lightAt(int row) const;
    QString sectionName(qint64 sectionId) const { return m_sectionNames.value(sectionId); }
    // True when `sectionId` is `ancestorId` or lies below it.
    bool sectionWithin(qint64 sectionId, qint64 ancestorId) const;

    static QColor lightColor(TrafficLight light);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    static constexpr int firstPageSize = 200;
    static constexpr int pageSize = 5000;

signals:
    void loadingFinished();

private:
    void reload();
    bool loadNextPage(int size);
    void scheduleNextPage();
    void refreshTasks(const QList<qint64> &taskIds);
    QVariant displayText(const Task &task, int column) const;

    QPointer<LedgerDocument> m_document;
    QList<Task> m_tasks;
    QHash<qint64, int> m_rowOfId;
    QHash<qint64, QString> m_sectionNames;
    QHash<qint64, qint64> m_sectionParents;
    bool m_fullyLoaded = true;
    quint64 m_generation = 0; // a reload abandons the pages still scheduled for the old one
};

} // namespace Taizhang
