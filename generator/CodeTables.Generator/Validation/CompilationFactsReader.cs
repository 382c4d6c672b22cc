using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using CodeTables.Generator.Model;
using CodeTables.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CodeTables.Generator.Validation;

/// <summary>
/// Selects what the catalog needs from a compilation into <see cref="CompilationFacts"/>. It runs on every
/// compilation (every keystroke in an IDE), so it only looks up the few names the tables ask for
/// (<see cref="Request"/>) and reads no CSV; the catalog is rebuilt only when these facts change.
/// </summary>
internal static class CompilationFactsReader
{
    private const string GlobalPrefix = "global::";

    /// <summary>The directory of this generator's trees in a compilation (<see cref="IsGenerated"/>).</summary>
    private static readonly string GeneratorTypeName = typeof(CodeTablesGenerator).FullName!;

    /// <summary>
    /// The names the tables need looked up: the outcome types, reference targets and decision inputs no table generates,
    /// and every type a table may generate (a type of the project's own with one of those names is a clash, CT0070).
    /// </summary>
    public static CompilationRequest Request(ImmutableArray<ParsedTable> tables, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var valid = tables.Where(t => t.Table is not null).Select(t => t.Table!).ToList();
        var generated = new HashSet<string>(valid.Select(t => t.FullTypeName), StringComparer.Ordinal);
        var generatedSimple = new HashSet<string>(valid.Select(t => t.EnumName), StringComparer.Ordinal);

        var outcomeTypes = valid
            .Where(t => t.OutcomeType is not null && !generated.Contains(t.OutcomeType))
            .Select(t => t.OutcomeType!)
            .Distinct(StringComparer.Ordinal)
            .OrderBy(n => n, StringComparer.Ordinal)
            .ToEquatableArray();

        // ReferenceResolver tries this project's tables first (full name, then simple name): only the rest reach the compilation.
        var references = valid
            .SelectMany(t => ReferenceResolver.Targets(t).Select(target => new ReferenceLookup(target, t.Namespace)))
            .Where(r => Bare(r.Name) is var bare && !generated.Contains(bare) && !(IsSimple(bare) && generatedSimple.Contains(bare)))
            .Distinct()
            .OrderBy(r => r.Name, StringComparer.Ordinal)
            .ThenBy(r => r.Context, StringComparer.Ordinal)
            .ToEquatableArray();
        var generatedTypes = valid
            .SelectMany(TypeClashes.Names)
            .Distinct(StringComparer.Ordinal)
            .OrderBy(n => n, StringComparer.Ordinal)
            .ToEquatableArray();
        return new CompilationRequest(outcomeTypes, references, generatedTypes);
    }

    /// <summary>
    /// Looks up what <paramref name="request"/> names in <paramref name="compilation"/>; <paramref name="switches"/> are
    /// the project's storage switches (<see cref="StorageReferences.ReadSwitches"/>), all on when null. With
    /// <paramref name="kept"/>, what is found in the references alone is kept for the next compilation with the same references.
    /// </summary>
    public static CompilationFacts Read(CompilationRequest request, Compilation compilation, StorageSupport? switches, CancellationToken cancellationToken, ReferenceLookups? kept = null)
    {
        var store = kept?.For(compilation);
        HashSet<string>? declared = null;
        HashSet<string>? generated = null;

        // A name the project's own trees or its tables declare, or a nested type's: looked up in each compilation.
        bool IsLocal(string name)
        {
            declared ??= DeclaredTypeNames(compilation, cancellationToken);
            generated ??= new HashSet<string>(request.GeneratedTypes, StringComparer.Ordinal);
            return name.IndexOf('+') >= 0 || declared.Contains(name) || generated.Contains(name);
        }

        // What the references alone answer: kept in the store while the source declares none of the names it depends on.
        T Find<T>(string key, Func<T> lookup, Func<T, string[]> dependsOn)
        {
            if (store is null)
            {
                return lookup();
            }

            return store.Get(key, IsLocal, () =>
            {
                var value = lookup();
                return (value, dependsOn(value));
            });
        }

        // Metadata name -> whether a reference names it (then its members' codes are read too).
        var lookups = new SortedDictionary<string, bool>(StringComparer.Ordinal);
        foreach (var name in request.OutcomeTypes)
        {
            lookups[name] = false;
        }

        foreach (var reference in request.References)
        {
            var bare = Bare(reference.Name);
            lookups[bare] = true;
            if (IsSimple(bare) && reference.Context.Length > 0)
            {
                lookups[reference.Context + "." + bare] = true;
            }
        }

        var types = new List<TypeFacts>(lookups.Count);
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var lookup in lookups)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (name, withCodes) = (lookup.Key, lookup.Value);
            var facts = Find(
                (withCodes ? "type with codes " : "type ") + name,
                () => compilation.GetTypeByMetadataName(name) is { } type ? Describe(name, type, compilation, withCodes) : null,
                _ => [name, GeneratedNames.Extensions(name)]);
            if (facts is not null)
            {
                types.Add(facts);
                found.Add(name);
            }
        }

        // A simple name found neither as written nor in its tables' namespace: the referenced assemblies' enums of that name.
        var simpleNames = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var reference in request.References)
        {
            var bare = Bare(reference.Name);
            if (IsSimple(bare) && !found.Contains(bare) && !(reference.Context.Length > 0 && found.Contains(reference.Context + "." + bare)))
            {
                simpleNames.Add(bare);
            }
        }

        var bySimpleName = new List<SimpleNameFacts>(simpleNames.Count);
        foreach (var name in simpleNames)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var candidates = Find(
                "simple name " + name,
                () => FindBySimpleName(compilation, name).Select(t => Describe(string.Empty, t, compilation, withCodes: true)).ToEquatableArray(),
                found => found.Select(t => GeneratedNames.Extensions(t.DisplayName)).ToArray());
            if (candidates.Count > 0)
            {
                bySimpleName.Add(new SimpleNameFacts(name, candidates));
            }
        }

        // Only a name the project's own trees declare is looked up as a symbol: in an IDE the compilation holds the
        // generated types too, and finding each one to leave it out cost every keystroke (docs/benchmarks.md, goal 4).
        var userTypes = new List<UserType>();
        foreach (var name in request.GeneratedTypes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            declared ??= DeclaredTypeNames(compilation, cancellationToken);
            if (declared.Contains(name) && UserDeclared(compilation, name, cancellationToken) is { } user)
            {
                userTypes.Add(user);
            }
        }

        const string span = "System.ReadOnlySpan`1";
        var hasSpan = Find(span, () => compilation.GetTypeByMetadataName(span) is not null, _ => [span]);
        var storage = Find("storage", () => StorageReferences.Detect(compilation, cancellationToken), _ => StorageReferences.TypeNames);
        if (switches is not null)
        {
            storage = storage.Allowing(switches);
        }

        return new CompilationFacts(types.ToEquatableArray(), bySimpleName.ToEquatableArray(), hasSpan, userTypes.ToEquatableArray(), storage);
    }

    /// <summary>
    /// The type the project's own source declares under <paramref name="metadataName"/>, or null. Only the source
    /// assembly is searched (a referenced assembly's type of the same name does not clash), and declarations in this
    /// generator's output are left out: the analyzer's compilation holds the generated code, the generator's does not.
    /// </summary>
    private static UserType? UserDeclared(Compilation compilation, string metadataName, CancellationToken cancellationToken)
    {
        var parts = metadataName.Split('.');
        var ns = compilation.Assembly.GlobalNamespace;
        for (var i = 0; i < parts.Length - 1 && ns is not null; i++)
        {
            ns = ns.GetNamespaceMembers().FirstOrDefault(n => n.Name == parts[i]);
        }

        if (ns is null)
        {
            return null;
        }

        foreach (var type in ns.GetTypeMembers(parts[parts.Length - 1], 0))
        {
            var declarations = type.DeclaringSyntaxReferences.Where(r => !IsGenerated(r.SyntaxTree)).ToList();
            if (declarations.Count == 0)
            {
                continue;
            }

            var first = declarations[0];
            var line = first.SyntaxTree.GetLineSpan(first.Span, cancellationToken).StartLinePosition.Line;
            var partialClass = type.TypeKind == TypeKind.Class && !type.IsRecord
                && declarations.All(d => d.GetSyntax(cancellationToken) is ClassDeclarationSyntax c && c.Modifiers.Any(SyntaxKind.PartialKeyword));
            return new UserType(metadataName, Kind(type), partialClass, TypeClashes.DeclaredAt(first.SyntaxTree.FilePath, line));
        }

        return null;
    }

    /// <summary>Each tree's <see cref="DeclaredIn"/>, kept as long as the tree lives (an IDE keeps unedited trees across compilations).</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<SyntaxTree, string[]> TreeTypeNames = new();

    /// <summary>
    /// The metadata names of the namespace-level types the compilation's trees declare, this generator's output left
    /// out: a superset of what <see cref="UserDeclared"/> can find, and of the source's answers to a lookup of a
    /// non-nested name (<see cref="ReferenceLookups"/>). Each tree's names are kept with the tree, so after an edit
    /// only the edited tree is read again.
    /// </summary>
    private static HashSet<string> DeclaredTypeNames(Compilation compilation, CancellationToken cancellationToken)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var tree in compilation.SyntaxTrees)
        {
            cancellationToken.ThrowIfCancellationRequested();
            names.UnionWith(TreeTypeNames.GetValue(tree, static t => DeclaredIn(t)));
        }

        return names;
    }

    private static string[] DeclaredIn(SyntaxTree tree)
    {
        if (IsGenerated(tree))
        {
            return Array.Empty<string>();
        }

        var names = new List<string>();
        if (tree.GetRoot() is CompilationUnitSyntax root)
        {
            Collect(root.Members, string.Empty, names);
        }

        return names.ToArray();

        static void Collect(SyntaxList<MemberDeclarationSyntax> members, string prefix, List<string> names)
        {
            foreach (var member in members)
            {
                switch (member)
                {
                    case BaseNamespaceDeclarationSyntax ns:
                        Collect(ns.Members, prefix + NamespaceName(ns.Name) + ".", names);
                        break;
                    case TypeDeclarationSyntax type:
                        names.Add(prefix + type.Identifier.ValueText + Arity(type.TypeParameterList));
                        break;
                    case EnumDeclarationSyntax type:
                        names.Add(prefix + type.Identifier.ValueText);
                        break;
                    case DelegateDeclarationSyntax type:
                        names.Add(prefix + type.Identifier.ValueText + Arity(type.TypeParameterList));
                        break;
                }
            }
        }

        // A generic type's metadata name ends in `N: FooCodes<T> is FooCodes`1, no clash with FooCodes.
        static string Arity(TypeParameterListSyntax? parameters)
            => parameters is null ? string.Empty : "`" + parameters.Parameters.Count.ToString(CultureInfo.InvariantCulture);

        static string NamespaceName(NameSyntax name) => name switch
        {
            QualifiedNameSyntax qualified => NamespaceName(qualified.Left) + "." + qualified.Right.Identifier.ValueText,
            SimpleNameSyntax simple => simple.Identifier.ValueText,
            _ => name.ToString(),
        };
    }

    /// <summary>A tree of this generator's output: its path is <c>.../{generator assembly}/{generator type}/{hint name}</c>.</summary>
    private static bool IsGenerated(SyntaxTree tree)
    {
        var segments = tree.FilePath.Split('/', '\\');
        return segments.Length >= 2 && segments[segments.Length - 2] == GeneratorTypeName;
    }

    private static string Kind(INamedTypeSymbol type) => type.TypeKind switch
    {
        TypeKind.Enum => "enum",
        TypeKind.Interface => "interface",
        TypeKind.Delegate => "delegate",
        TypeKind.Struct => type.IsRecord ? "record struct" : "struct",
        _ => type.IsRecord ? "record" : "class",
    };

    /// <summary>A reference target's name without a leading <c>global::</c>.</summary>
    public static string Bare(string name) => name.StartsWith(GlobalPrefix, StringComparison.Ordinal) ? name.Substring(GlobalPrefix.Length) : name;

    public static bool IsSimple(string bareName) => bareName.IndexOf('.') < 0;

    private static TypeFacts Describe(string lookupName, INamedTypeSymbol type, Compilation compilation, bool withCodes)
    {
        var display = type.ToDisplayString();
        if (type.TypeKind != TypeKind.Enum)
        {
            return new TypeFacts(lookupName, display, false, EquatableArray<string>.Empty, null);
        }

        var fields = type.GetMembers().OfType<IFieldSymbol>().Where(f => f.IsConst).ToList();
        var names = fields.Select(f => f.Name).ToEquatableArray();
        var attribute = CodeTableMetadata.CodeTableAttribute(type);
        if (attribute is null)
        {
            return new TypeFacts(lookupName, display, true, names, null);
        }

        var file = CodeTableMetadata.File(attribute, type);
        var outcomeType = CodeTableMetadata.OutcomeType(attribute)?.ToDisplayString();
        var composite = !CodeTableMetadata.KeyColumns(attribute).IsEmpty;
        var (kind, members) = withCodes && !composite ? Codes(fields) : (CodeKind.Integer, EquatableArray<TargetMember>.Empty);
        return new TypeFacts(lookupName, display, true, names, new CodeTableFacts(file, outcomeType, HasIsRetryable(type, compilation), composite, kind, members));
    }

    /// <summary>Each member's code: string tables carry it in [CodeTableMember("code")], integer tables' codes are the values.</summary>
    private static (CodeKind Kind, EquatableArray<TargetMember> Members) Codes(List<IFieldSymbol> fields)
    {
        var members = new List<TargetMember>();
        var kind = CodeKind.Integer;
        foreach (var field in fields)
        {
            if (!field.HasConstantValue || field.ConstantValue is not int value)
            {
                continue;
            }

            // String tables carry each code in [CodeTableMember("code")]; integer tables' codes are the values.
            var key = CodeTableMetadata.Key(CodeTableMetadata.MemberAttribute(field));
            string code;
            if (!key.IsEmpty)
            {
                kind = CodeKind.String;
                code = key[0];
            }
            else
            {
                code = value.ToString(CultureInfo.InvariantCulture);
            }

            members.Add(new TargetMember(field.Name, code, value));
        }

        return (kind, members.ToEquatableArray());
    }

    /// <summary>A compiled code table whose extension class (E + GeneratedNames.ExtensionsSuffix, same namespace) has IsRetryable(E).</summary>
    private static bool HasIsRetryable(INamedTypeSymbol type, Compilation compilation)
    {
        var ns = type.ContainingNamespace is { IsGlobalNamespace: false } n ? n.ToDisplayString() + "." : string.Empty;
        var extensions = compilation.GetTypeByMetadataName(ns + GeneratedNames.Extensions(type.MetadataName));
        return extensions is not null && extensions.GetMembers(GeneratedNames.IsRetryable).OfType<IMethodSymbol>()
            .Any(m => m.IsStatic && m.Parameters.Length == 1 && SymbolEqualityComparer.Default.Equals(m.Parameters[0].Type, type));
    }

    /// <summary>
    /// Public enums named <paramref name="name"/> in referenced assemblies. Only assemblies whose type names include it
    /// are walked (<see cref="IAssemblySymbol.TypeNames"/> is a set), so the cost stays small in large solutions.
    /// </summary>
    private static List<INamedTypeSymbol> FindBySimpleName(Compilation compilation, string name)
    {
        var found = new List<INamedTypeSymbol>();
        foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            if (assembly.TypeNames.Contains(name))
            {
                Collect(assembly.GlobalNamespace, name, found);
            }
        }

        return found;
    }

    private static void Collect(INamespaceSymbol ns, string name, List<INamedTypeSymbol> found)
    {
        foreach (var type in ns.GetTypeMembers(name))
        {
            if (type.TypeKind == TypeKind.Enum && type.DeclaredAccessibility == Accessibility.Public)
            {
                found.Add(type);
            }
        }

        foreach (var inner in ns.GetNamespaceMembers())
        {
            Collect(inner, name, found);
        }
    }
}
