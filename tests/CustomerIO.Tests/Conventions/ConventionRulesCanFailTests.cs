using CustomerIO.Tests.Conventions.Samples;
using CustomerIO.Track;

namespace CustomerIO.Tests.Conventions;

/// <summary>
/// Each convention rule run over deliberately wrong types (<see cref="Samples"/>): it must report every violation,
/// not just the first, and the failure message must list them all. A rule that cannot fail here would pass anything.
/// </summary>
public sealed class ConventionRulesCanFailTests
{
    [Fact]
    public void Async_rule_reports_every_bad_method()
    {
        AssertViolations(
            AsyncMethodConventions.Rule,
            AsyncMethodConventions.Violations([typeof(BadAsyncApi)]),
            "CustomerIO.Tests.Conventions.Samples.BadAsyncApi.NoDefault(CancellationToken cancellationToken): the CancellationToken has no default value",
            "CustomerIO.Tests.Conventions.Samples.BadAsyncApi.NoToken(Int32 count): the last parameter is not a CancellationToken",
            "CustomerIO.Tests.Conventions.Samples.BadAsyncApi.TokenNotLast(CancellationToken cancellationToken, Int32 count): the last parameter is not a CancellationToken",
            "CustomerIO.Tests.Conventions.Samples.BadAsyncApi.WrongName(CancellationToken ct): the CancellationToken is named 'ct', not 'cancellationToken'");
    }

    [Fact]
    public void Wire_name_rule_reports_every_unnamed_or_non_snake_case_property_including_nested_types()
    {
        var types = WireNameConventions.Reachable([typeof(BadWireBody)]);

        Assert.Equal([typeof(BadNested), typeof(BadWireBody)], types.OrderBy(t => t.Name));
        AssertViolations(
            WireNameConventions.Rule,
            WireNameConventions.Violations(types),
            "CustomerIO.Tests.Conventions.Samples.BadNested.Digit: \"9lives\" is not snake_case",
            "CustomerIO.Tests.Conventions.Samples.BadNested.Missing: no [JsonPropertyName]",
            "CustomerIO.Tests.Conventions.Samples.BadWireBody.Camel: \"camelCase\" is not snake_case",
            "CustomerIO.Tests.Conventions.Samples.BadWireBody.Unnamed: no [JsonPropertyName]");
    }

    [Fact]
    public void Read_only_rule_reports_setters_init_accessors_and_fields_of_reachable_types_pageable_values_included()
    {
        AssertViolations(
            ReadOnlyResponseConventions.Rule,
            ReadOnlyResponseConventions.Violations([typeof(BadAsyncApi)]),
            "CustomerIO.Tests.Conventions.Samples.BadChild.Mutable: public set accessor",
            "CustomerIO.Tests.Conventions.Samples.BadPagedItem.Renamable: public set accessor",
            "CustomerIO.Tests.Conventions.Samples.BadResponse.Field: public writable field",
            "CustomerIO.Tests.Conventions.Samples.BadResponse.InitOnly: public init accessor",
            "CustomerIO.Tests.Conventions.Samples.BadResponse.Settable: public set accessor");
    }

    [Fact]
    public void Exception_rule_reports_every_exception_outside_the_hierarchy()
    {
        AssertViolations(
            ExceptionConventions.Rule,
            ExceptionConventions.Violations([typeof(StrayException), typeof(RootedException), typeof(BadResponse)]),
            "CustomerIO.Tests.Conventions.Samples.StrayException derives from System.Exception");
    }

    [Fact]
    public void Options_rule_reports_missing_constructors_and_throwing_ToString()
    {
        AssertViolations(
            OptionsConventions.Rule,
            OptionsConventions.Violations([typeof(NoConstructorOptions), typeof(ThrowingOptions), typeof(FineOptions), typeof(AbstractBaseOptions)]),
            "CustomerIO.Tests.Conventions.Samples.NoConstructorOptions: no public parameterless constructor",
            "CustomerIO.Tests.Conventions.Samples.ThrowingOptions: constructing or ToString() threw InvalidOperationException: boom");
    }

    [Fact]
    public void Namespace_rule_reports_stray_namespaces_wire_namespaces_and_dto_or_wire_names()
    {
        AssertViolations(
            NamespaceConventions.Rule,
            NamespaceConventions.Violations([typeof(Stray.Samples.Elsewhere), typeof(Samples.Wire.Leaked), typeof(PersonDto), typeof(IdentifyWire), typeof(FineOptions)]),
            "CustomerIO.Tests.Conventions.Samples.IdentifyWire: the name contains 'Wire'",
            "CustomerIO.Tests.Conventions.Samples.PersonDto: the name contains 'Dto'",
            "CustomerIO.Tests.Conventions.Samples.Wire.Leaked: public type in a Wire namespace",
            "Stray.Samples.Elsewhere: namespace 'Stray.Samples' is not CustomerIO or below");
    }

    [Fact]
    public void Folder_rule_reports_api_files_outside_their_namespace_and_shared_files_outside_theirs()
    {
        AssertViolations(
            ApiNamespaceConventions.FolderRule,
            ApiNamespaceConventions.FolderViolations(
            [
                ("Track/TrackClient.cs", "CustomerIO.Track"),
                ("Track/Wire/EventBody.cs", "CustomerIO.Track.Wire"),
                ("Errors/CustomerIOException.cs", "CustomerIO"),
                ("Queue/Engine/Lane.cs", "CustomerIO.Queue.Engine"),
                ("Track/Stray.cs", "CustomerIO"),
                ("App/Segments/Segment.cs", "CustomerIO.App"),
                ("App/Wire/Body.cs", "CustomerIO.Track"),
                ("Queue/Engine/Odd.cs", "CustomerIO.Queue"),
                ("Pipelines/NoNamespace.cs", null),
            ]),
            "App/Wire/Body.cs: declares 'CustomerIO.Track', expected 'CustomerIO.App' or 'CustomerIO.App.Wire'",
            "Pipelines/NoNamespace.cs: declares '(none)', expected 'CustomerIO.Pipelines'",
            "Queue/Engine/Odd.cs: declares 'CustomerIO.Queue', expected 'CustomerIO' or 'CustomerIO.Queue.Engine'",
            "Track/Stray.cs: declares 'CustomerIO', expected 'CustomerIO.Track'");
    }

    [Fact]
    public void Public_namespace_rule_reports_types_outside_CustomerIO_an_api_and_Serialization()
    {
        AssertViolations(
            ApiNamespaceConventions.PublicRule,
            ApiNamespaceConventions.PublicViolations([typeof(TrackClient), typeof(CustomerIOException), typeof(Stray.Samples.Elsewhere), typeof(FineOptions)]),
            "CustomerIO.Tests.Conventions.Samples.FineOptions: namespace 'CustomerIO.Tests.Conventions.Samples'",
            "Stray.Samples.Elsewhere: namespace 'Stray.Samples'");
    }

    [Fact]
    public void Mockable_client_rule_reports_sealed_clients_public_constructors_and_non_virtual_members()
    {
        AssertViolations(
            MockableClientConventions.Rule,
            MockableClientConventions.Violations([typeof(SealedClient), typeof(PublicCtorClient), typeof(MockableClient)]),
            "CustomerIO.Tests.Conventions.Samples.PublicCtorClient.PingAsync: not virtual",
            "CustomerIO.Tests.Conventions.Samples.PublicCtorClient: no protected parameterless constructor",
            "CustomerIO.Tests.Conventions.Samples.SealedClient.PingAsync: not virtual",
            "CustomerIO.Tests.Conventions.Samples.SealedClient.get_Port: not virtual",
            "CustomerIO.Tests.Conventions.Samples.SealedClient: no protected parameterless constructor",
            "CustomerIO.Tests.Conventions.Samples.SealedClient: sealed");
    }

    /// <summary>The rule finds exactly <paramref name="expected"/>, and its failure message names every one.</summary>
    private static void AssertViolations(string rule, IEnumerable<string> violations, params string[] expected)
    {
        var found = violations.OrderBy(v => v, StringComparer.Ordinal).ToArray();
        Assert.Equal(expected, found);

        var failure = Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => Sdk.AssertNone(rule, found));
        Assert.StartsWith($"{rule}: {expected.Length} violation(s):", failure.Message, StringComparison.Ordinal);
        Assert.All(expected, v => Assert.Contains(v, failure.Message, StringComparison.Ordinal));
    }
}
