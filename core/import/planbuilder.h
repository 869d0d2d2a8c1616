#pragma once

#include "documentoutline.h"
#include "model/importdraft.h"
#include "parse/deadlineparser.h"
#include "parse/responsibilityclause.h"
#include "parse/unitlistparser.h"

#include <QHash>

namespace Taizhang {

// One document's outline turned into the sections and tasks of a draft plan. Which level carries
// the tasks is judged per item: one with sentences of its own is a task (its sub-items folded in),
// a bare heading over items is a section, whose units apply below it. Goals and closing
// requirements (总体要求, 保障措施 …) no units answer for become notes.
class PlanBuilder {
public:
    PlanBuilder(const DocumentOutline &outline, DraftPlan &plan, QList<ImportIssue> &issues);

    // The document's own rule "排在第一位的为牵头单位": the first unit of each plain list leads.
    void setFirstListedLeads(bool on) { m_firstListedLeads = on; }
    void build();
    const QStringList &notes() const { return m_notes; }

private:
    const OutlineNode &node(int index) const { return m_outline.nodes.at(index); }
    QString headingOf(const OutlineNode &n) const;
    // A bare heading: a few words, perhaps a units clause, no sentences of its own.
    bool isHeadingLike(const OutlineNode &n) const;
    bool subtreeNamesUnits(int index) const;
    bool unitsCloseOnlyTheLastChild(int index) const;
    void countNamedItems(int index, int &items, int &named) const;
    QString subtreeText(int index) const;
    void visit(int index, int section, const UnitAssignment &inherited);
    void addSection(int index, int parentSection, UnitAssignment inherited);
    void addTask(int index, int section, const UnitAssignment &inherited);
    void warn(int line, const QString &message);
    void warnMissingUnits();
    void takeStanding(const ResponsibilityClause &clause);

    const DocumentOutline &m_outline;
    DraftPlan &m_plan;
    QList<ImportIssue> &m_issues;
    DeadlineParser m_deadlines;
    QHash<QString, int> m_sectionByKey;
    QHash<QString, QString> m_seen; // requirement -> task number
    QStringList m_notes;
    QStringList m_standing; // units a note inside a clause gave every later task of the part
    bool m_firstListedLeads = false;
};

} // namespace Taizhang
