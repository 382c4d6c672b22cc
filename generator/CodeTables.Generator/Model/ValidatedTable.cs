namespace CodeTables.Generator.Model;

/// <summary>
/// What validation decides about a valid table: its members (bad rows dropped), the resolved outcome type, what the
/// target language allows and the resolved references. No positions (<see cref="TableModel.WithoutPositions"/>): the
/// diagnostics keep theirs, and an edit that only moves rows leaves the model equal. No layout: that is planned after validation
/// (Emit/LayoutPlanner.cs), so the table-diagnostics analyzer, which only validates, never plans.
/// </summary>
/// <param name="Decision">A decision table's rules, resolved and verified (Validation/DecisionValidator.cs); null for a code table.</param>
/// <param name="Codes">Whether <c>ECodes</c> is written: not for a decision table, nor beside a type of the project's own of that name (CT0070).</param>
/// <param name="Storage">The storage converters written (none for a decision table, less any a type of the project's own is named like: CT0070); null for none.</param>
internal sealed record ValidModel(TableModel Table, OutcomeTypeInfo? Outcome, TargetLanguage Language, EquatableArray<ResolvedReference> References, DecisionPlan? Decision = null, bool Codes = true, StorageSupport? Storage = null);

/// <summary>The result of validating a table: the valid model (null when the table has errors) and every diagnostic for the file.</summary>
internal sealed record ValidatedTable(ValidModel? Model, EquatableArray<DiagnosticInfo> Diagnostics);
