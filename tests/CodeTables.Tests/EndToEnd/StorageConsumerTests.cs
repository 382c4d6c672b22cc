using System;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using CodeTables.Tests.Harness;
using Xunit;

namespace CodeTables.Tests.EndToEnd;

/// <summary>
/// Storing codes from the packed package: a net10.0 program with EF Core on SQLite and configuration binding holds a
/// record with a table of every kind, writes the vendor's codes (JSON, columns read back with plain SQL, configuration)
/// and reads them back, also with the build after a row was inserted in the middle of a table; a netstandard2.0 library
/// that references neither System.Text.Json nor EF Core gets none of their converters and references nothing new.
/// </summary>
[Collection(ConventionsCollection.Name)]
public class StorageConsumerTests
{
    private const string Program = """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Text.Json;
        using Acme.Calls;
        using Microsoft.Data.Sqlite;
        using Microsoft.EntityFrameworkCore;
        using Microsoft.Extensions.Configuration;

        var database = args[1];
        if (args[0] == "write")
        {
            var record = new CallRecord(1, Release.Code17, Status.NoAnswer, Legs.AgentBusy);
            var json = JsonSerializer.Serialize(record);
            Console.WriteLine("json:" + json);
            Console.WriteLine("back:" + (JsonSerializer.Deserialize<CallRecord>(json) == record));
            try { JsonSerializer.Deserialize<CallRecord>(json.Replace("no-answer", "no-anwser")); }
            catch (JsonException e) { Console.WriteLine("bad:" + e.Message); }

            using var db = new Calls(database);
            db.Database.EnsureCreated();
            db.Records.Add(record);
            db.Records.Add(new CallRecord(2, Release.Code21, Status.Busy, Legs.AgentBusy));
            db.SaveChanges();
            Console.WriteLine("sql:" + db.Records.Where(r => r.Status == Status.Busy).ToQueryString().Replace('\n', ' '));

            using var connection = new SqliteConnection("Data Source=" + database);
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT Release, Status, Leg FROM Records ORDER BY Id";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                Console.WriteLine($"row:{reader.GetValue(0)}:{reader.GetValue(1)}:{reader.GetValue(2)}");
            }

            var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Retry:Release"] = "21", ["Retry:Status"] = "no-answer", ["Retry:Leg"] = "agent|BUSY" }).Build();
            var retry = configuration.GetSection("Retry").Get<RetryRule>()!;
            Console.WriteLine($"config:{retry.Release}:{retry.Status}:{retry.Leg}");
        }
        else
        {
            using var db = new Calls(database);
            Console.WriteLine("read:" + string.Join(",", db.Records.OrderBy(r => r.Id).ToList().Select(r => $"{r.Release}/{r.Status}/{r.Leg}")));
        }

        /// <summary>A call record with a table of every kind.</summary>
        public sealed record CallRecord(int Id, Release Release, Status Status, Legs Leg);

        /// <summary>Configured codes.</summary>
        public sealed class RetryRule
        {
            /// <summary>An integer code.</summary>
            public Release Release { get; set; }

            /// <summary>A string code.</summary>
            public Status Status { get; set; }

            /// <summary>A composite code.</summary>
            public Legs Leg { get; set; }
        }

        /// <summary>The database.</summary>
        public sealed class Calls(string path) : DbContext
        {
            /// <summary>The records.</summary>
            public DbSet<CallRecord> Records => Set<CallRecord>();

            /// <inheritdoc/>
            protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) => optionsBuilder.UseSqlite("Data Source=" + path);

            /// <inheritdoc/>
            protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) => configurationBuilder.StoreCodeTablesAsCodes();
        }
        """;

    private readonly PackedPackage _package;

    public StorageConsumerTests(PackedPackage package) => _package = package;

    [Fact]
    public void A_record_of_every_kind_of_table_is_stored_as_codes_and_survives_an_inserted_row()
    {
        var consumer = ConsumerProject.StrictExe(_package, "StorageConsumer")
            .Property("RootNamespace", "Acme.Calls")
            .AllowLiteralCodes()
            .Item("<PackageReference Include=\"Microsoft.EntityFrameworkCore.Sqlite\" Version=\"10.0.15\" />")
            .Item("<PackageReference Include=\"Microsoft.Extensions.Configuration\" Version=\"10.0.15\" />")
            .Item("<PackageReference Include=\"Microsoft.Extensions.Configuration.Binder\" Version=\"10.0.15\" />")
            .Item("<CodeTable Include=\"tables/*.csv\" />")
            .Write();
        var project = consumer.Directory;
        PackedPackage.AddMachineFeed(project);
        consumer.File("tables/release.csv", "Code,Outcome,Description\n17,Busy,User busy\n21,Rejected,Call rejected\n");
        consumer.File("tables/status.csv", "Code,Outcome,Description\nbusy,Busy,Busy.\nno-answer,NoAnswer,Nobody answered.\n");
        consumer.File("tables/legs.csv", "# key: Leg, Cause\nLeg,Cause,Name,Outcome\nagent,,AgentFailed,Failed\nagent,BUSY,AgentBusy,Busy\n");
        consumer.File("Program.cs", Program);
        var database = Path.Combine(project, "calls.db");

        consumer.Build("-c", "Release");
        var lines = consumer.RunLines("Release", "write", database);

        Assert.Contains("""json:{"Id":1,"Release":17,"Status":"no-answer","Leg":["agent","BUSY"]}""", lines);
        Assert.Contains("back:True", lines);
        Assert.Contains(lines, l => l.StartsWith("bad:'no-anwser' is not a code of the table status.csv (Status); nearest codes: no-answer, busy.", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("sql:", StringComparison.Ordinal) && l.Contains("WHERE \"r\".\"Status\" = 'busy'", StringComparison.Ordinal));
        Assert.Contains("row:17:no-answer:agent|BUSY", lines);
        Assert.Contains("row:21:busy:agent|BUSY", lines);
        Assert.Contains("config:Code21:NoAnswer:AgentBusy", lines);

        // The vendor adds codes; the analyst inserts their rows where they belong, which renumbers the members after them.
        consumer.File("tables/status.csv", "Code,Outcome,Description\nbusy,Busy,Busy.\ncongestion,Congestion,Congested.\nno-answer,NoAnswer,Nobody answered.\n");
        consumer.File("tables/legs.csv", "# key: Leg, Cause\nLeg,Cause,Name,Outcome\nagent,,AgentFailed,Failed\nagent,REJECTED,AgentRejected,Rejected\nagent,BUSY,AgentBusy,Busy\n");
        consumer.Build("-c", "Release");
        lines = consumer.RunLines("Release", "read", database);
        Assert.Contains("read:Code17/NoAnswer/AgentBusy,Code21/Busy/AgentBusy", lines);
    }

    [Fact]
    public void A_library_without_json_or_ef_core_gets_none_of_their_converters_and_references_nothing_new()
    {
        var consumer = ConsumerProject.Create(_package, "PlainLibrary", "netstandard2.0")
            .Property("TreatWarningsAsErrors", "true")
            .Property("GenerateDocumentationFile", "true")
            .Property("RootNamespace", "Acme.Plain")
            .Item("<CodeTable Include=\"tables/*.csv\" />")
            .Write();
        var project = consumer.Directory;
        PackedPackage.AddMachineFeed(project);
        consumer.File("tables/status.csv", "Code,Outcome,Description\nbusy,Busy,Busy.\nno-answer,NoAnswer,Nobody answered.\n");
        consumer.File("tables/legs.csv", "# key: Leg, Cause\nLeg,Cause,Outcome\nagent,BUSY,Busy\nagent,,Failed\n");

        consumer.Build("-c", "Release");

        using var pe = new PEReader(File.OpenRead(Path.Combine(project, "bin", "Release", "netstandard2.0", "PlainLibrary.dll")));
        var metadata = pe.GetMetadataReader();
        var references = metadata.AssemblyReferences.Select(r => metadata.GetString(metadata.GetAssemblyReference(r).Name)).OrderBy(n => n, StringComparer.Ordinal).ToArray();
        Assert.Equal(["CodeTables", "netstandard"], references);
        var types = metadata.TypeDefinitions.Select(t => metadata.GetString(metadata.GetTypeDefinition(t).Name)).ToList();
        Assert.DoesNotContain(types, t => t.EndsWith("JsonConverter", StringComparison.Ordinal) || t.EndsWith("ValueConverter", StringComparison.Ordinal) || t == "CodeTablesModelConfigurationExtensions");

        // The type converter is System.ComponentModel's, in netstandard itself: configuration binding works here too.
        Assert.Contains("StatusTypeConverter", types);
        Assert.Contains("LegsTypeConverter", types);
    }
}
