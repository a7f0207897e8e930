using CustomerIO.App;
using CustomerIO.Tests.Infrastructure;

namespace CustomerIO.Tests.App;

/// <summary>The people areas' documented limits, refused before anything is sent, naming the parameter and the limit.</summary>
public sealed class PeopleValidationTests
{
    private readonly RecordingHandler _handler = new();

    [Fact]
    public async Task The_attributes_of_100_people_are_asked_and_of_101_refused()
    {
        _handler.Enqueue(200, """{"customers":[]}""");
        await Client().Customers.GetManyAttributesAsync(Enumerable.Range(0, 100).Select(i => CustomerIdentifier.Id("p" + i)));

        var tooMany = await Assert.ThrowsAsync<CustomerIOValidationException>(() => Client().Customers.GetManyAttributesAsync(Enumerable.Range(0, 101).Select(i => CustomerIdentifier.Id("p" + i))));
        var none = await Assert.ThrowsAsync<CustomerIOValidationException>(() => Client().Customers.GetManyAttributesAsync([]));

        Assert.Equal(("people", "Give 1 to 100 people; this call had 101. (Parameter 'people')"), (tooMany.ParameterName, tooMany.Message));
        Assert.Equal("Give 1 to 100 people; this call had 0. (Parameter 'people')", none.Message);
        Assert.Single(_handler.Requests);
    }

    [Fact]
    public async Task The_attributes_of_people_named_two_ways_or_not_at_all_are_refused()
    {
        var mixed = await Assert.ThrowsAsync<CustomerIOValidationException>(() =>
            Client().Customers.GetManyAttributesAsync([CustomerIdentifier.Id("1"), CustomerIdentifier.Email("secret@example.com")]));
        var unset = await Assert.ThrowsAsync<CustomerIOValidationException>(() => Client().Customers.GetManyAttributesAsync([CustomerIdentifier.Id("1"), default]));

        Assert.Equal(("people[1]", "Every person must be identified the same way (the API takes one id_type): the first is by id, this one by email. (Parameter 'people[1]')"), (mixed.ParameterName, mixed.Message));
        Assert.DoesNotContain("secret", mixed.ToString(), StringComparison.Ordinal);
        Assert.Equal("people[1]", unset.ParameterName);
        Assert.Empty(_handler.Requests);
    }

    [Fact]
    public async Task Object_filters_nest_one_level_and_objects_must_be_named()
    {
        var nested = Assert.Throws<CustomerIOValidationException>(() => ObjectFilter.And(ObjectFilter.Or(ObjectFilter.AttributeExists("a"))));
        var empty = Assert.Throws<CustomerIOValidationException>(() => ObjectFilter.Or());
        var unset = await Assert.ThrowsAsync<CustomerIOValidationException>(() => Client().Objects.GetAttributesAsync(1, default));
        var type = await Assert.ThrowsAsync<CustomerIOValidationException>(() => First(Client().Objects.FindAsync(new ObjectSearch("", ObjectFilter.AttributeExists("a")))));

        Assert.Equal(("conditions[0]", "An object filter's and holds attribute conditions only (AttributeEquals, AttributeExists): the API nests one level. (Parameter 'conditions[0]')"), (nested.ParameterName, nested.Message));
        Assert.Equal("conditions", empty.ParameterName);
        Assert.Equal("objectId", unset.ParameterName);
        Assert.Equal("body.ObjectTypeId", type.ParameterName);
        Assert.Equal("ObjectFilter(and, 2)", ObjectFilter.And(ObjectFilter.AttributeExists("secret"), ObjectFilter.AttributeEquals("a", "b")).ToString());
        Assert.Empty(_handler.Requests);
    }

    [Fact]
    public async Task Live_notifications_need_their_fields_and_a_ulid()
    {
        var fields = new Dictionary<string, object?> { ["a"] = 1 };
        var noAttributes = await Assert.ThrowsAsync<CustomerIOValidationException>(() =>
            Client().LiveNotifications.StartAsync(new LiveNotificationStart("1", "io.example.type", new Dictionary<string, object?>(), fields)));
        var badId = await Assert.ThrowsAsync<CustomerIOValidationException>(() => Client().LiveNotifications.UpdateAsync(new LiveNotificationUpdate("not-a-ulid", fields)));
        var alert = await Assert.ThrowsAsync<CustomerIOValidationException>(() =>
            Client().LiveNotifications.EndAsync(new LiveNotificationEnd(AppSamples.InstanceId) { Alert = new LiveNotificationAlert("Done", "") }));
        var noPhone = await Assert.ThrowsAsync<CustomerIOValidationException>(() =>
            Client().LiveNotifications.StartAsync(LiveNotificationStart.ForPhone("", "io.example.type", fields, fields)));

        Assert.Equal(("body.Attributes", "The attributes needs at least one field. (Parameter 'body.Attributes')"), (noAttributes.ParameterName, noAttributes.Message));
        Assert.Equal(("body.InstanceId", "The instance id must be the ULID the start answered (26 characters of Crockford's base 32); this one has 10 characters and is not. (Parameter 'body.InstanceId')"), (badId.ParameterName, badId.Message));
        Assert.Equal("body.Alert.Body", alert.ParameterName);
        Assert.Equal("body.Phone", noPhone.ParameterName);
        Assert.Empty(_handler.Requests);
    }

    [Fact]
    public async Task A_phone_start_is_sent_with_the_phone_identifier()
    {
        _handler.Enqueue(200, AppSamples.LiveNotificationAnswer);
        var fields = new Dictionary<string, object?> { ["a"] = 1 };

        Assert.Equal(AppSamples.InstanceId, await Client().LiveNotifications.StartAsync(LiveNotificationStart.ForPhone("+15551234567", "io.example.type", fields, fields)));

        Assert.Equal("""{"identifiers":{"phone":"+15551234567"},"notification_type":"io.example.type","attributes":{"a":1},"content_state":{"a":1}}""", _handler.Single.Body);
    }

    [Fact]
    public async Task Imports_need_an_absolute_url_and_the_identifier_their_kind_takes()
    {
        var relative = await Assert.ThrowsAsync<CustomerIOValidationException>(() => Client().Imports.CreateAsync(CsvImport.People("p", new Uri("/x.csv", UriKind.Relative), ImportIdentifier.Id)));
        var cioPeople = await Assert.ThrowsAsync<CustomerIOValidationException>(() => Client().Imports.CreateAsync(CsvImport.People("p", new Uri("https://files.example.test/x.csv"), ImportIdentifier.CioId)));
        var events = CsvImport.Events("e", new Uri("https://files.example.test/x.csv"), ImportIdentifier.Email);
        events.DataToProcess = ImportDataToProcess.OnlyNew;
        var onlyNew = await Assert.ThrowsAsync<CustomerIOValidationException>(() => Client().Imports.CreateAsync(events));

        Assert.Equal("body.DataFileUrl", relative.ParameterName);
        Assert.Equal(("body.Identifier", "A people or event import identifies people by id or email. (Parameter 'body.Identifier')"), (cioPeople.ParameterName, cioPeople.Message));
        Assert.Equal("body.DataToProcess", onlyNew.ParameterName);
        Assert.Empty(_handler.Requests);
    }

    [Fact]
    public async Task The_data_index_takes_100_entries_and_255_character_descriptions()
    {
        _handler.Enqueue(204, null);
        await Client().DataIndex.UpdateEventsAsync(new DataIndexEvents(Enumerable.Range(0, 100).Select(i => new DataIndexEvent("e" + i) { Description = new string('x', 255) })));

        var tooMany = await Assert.ThrowsAsync<CustomerIOValidationException>(() => Client().DataIndex.UpdateAttributesAsync(new DataIndexAttributes(Enumerable.Range(0, 101).Select(i => new DataIndexAttribute("a" + i)))));
        var tooLong = await Assert.ThrowsAsync<CustomerIOValidationException>(() => Client().DataIndex.UpdateEventsAsync(new DataIndexEvents([new DataIndexEvent("e") { Description = new string('x', 256) }])));

        Assert.Equal(("body.Attributes", "Give 1 to 100 attributes; this update had 101. (Parameter 'body.Attributes')"), (tooMany.ParameterName, tooMany.Message));
        Assert.Equal(("body.Events[0].Description", "A description is at most 255 characters; this one has 256. (Parameter 'body.Events[0].Description')"), (tooLong.ParameterName, tooLong.Message));
        Assert.Single(_handler.Requests);
    }

    private AppClient Client() => TestAppClient.Create(_handler);

    private static async Task First<T>(CustomerIOPageable<T> list)
    {
        await foreach (var _ in list)
        {
            return;
        }
    }
}
