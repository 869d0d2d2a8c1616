#pragma once

#include "document/taskfield.h"
#include "model/importdraft.h"

#include <QAbstractItemModel>

namespace Taizhang {

// The import preview's tree: plans, their sections, their tasks. Everything the preview corrects
// happens here, on the draft, before anything touches the ledger: editing a field, dropping what is
// not a task (uncheck it), merging a task with the next, splitting one in two, changing a plan's
// year (deadlines without a year are read again).
class ImportDraftModel : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Column { ItemColumn, LeadUnitsColumn, DeadlineColumn, ColumnCount };

    explicit ImportDraftModel(QObject *parent = nullptr);

    void setDraft(const ImportDraft &draft);
    const ImportDraft &draft() const { return m_draft; }
    ImportDraft result() const; // what the commit stores: included tasks only, empty plans left out

    // Where an index points: plan, and task (-1 for a plan or section row).
    int planOf(const QModelIndex &index) const;
    int taskOf(const QModelIndex &index) const;
    const DraftTask *task(const QModelIndex &index) const;
    QModelIndex indexOfTask(int plan, int task) const;
    // The task read from a source line (for a warning), or an invalid index.
    QModelIndex indexOfLine(int plan, int line) const;

    // Through the same rule as an edit of the ledger (TaskFieldChange).
    bool setTaskField(const QModelIndex &index, TaskField field, const QString &value);
    bool mergeWithNext(const QModelIndex &index);
    bool split(const QModelIndex &index, int requirementPosition);
    void setPlanTitle(int plan, const QString &title);
    void setPlanYear(int plan, int year);
    // Adds the plan's tasks to a plan already in the ledger (0: store it as a new plan).
    void setPlanTarget(int plan, qint64 ledgerPlanId);
    // Marks tasks whose title is already in the ledger; returns how many.
    int markDuplicates(const QSet<QString> &existingTitles);
    bool isDuplicate(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void taskChanged(const QModelIndex &index);

private:
    struct Node {
        enum class Kind { Plan, Section, Task } kind;
        int plan = -1;
        int item = -1; // section or task index within the plan
        int parent = -1; // node index; -1 for plans
        QList<int> children;
    };
    void rebuild();
    int nodeOf(const QModelIndex &index) const { return index.isValid() ? int(index.internalId()) : -1; }
    QModelIndex indexOfNode(int node, int column = 0) const;
    void refreshTask(int plan, int task);

    ImportDraft m_draft;
    QList<Node> m_nodes;
    QList<int> m_roots;
    QSet<std::pair<int, int>> m_duplicates;
};

} // namespace Taizhang
