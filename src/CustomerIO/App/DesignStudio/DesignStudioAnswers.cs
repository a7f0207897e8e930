using System.Text.Json.Serialization;
using CustomerIO.Paging;

namespace CustomerIO.App;

// The Design Studio lists page by page number; their meta (pagination, filters) is the pager's business.

/// <summary><c>{"folders":[..],"meta":{..}}</c>.</summary>
internal sealed class DesignStudioFoldersPage : IPageAnswer<DesignStudioFolder>
{
    [JsonPropertyName("folders")]
    public IReadOnlyList<DesignStudioFolder>? Folders { get; set; }

    IReadOnlyList<DesignStudioFolder>? IPageAnswer<DesignStudioFolder>.Values => Folders;
}

/// <summary><c>{"components":[..],"folders":[..],"meta":{..}}</c>: the components (the sub-folders beside them are not listed).</summary>
internal sealed class DesignStudioComponentsPage : IPageAnswer<DesignStudioComponent>
{
    [JsonPropertyName("components")]
    public IReadOnlyList<DesignStudioComponent>? Components { get; set; }

    IReadOnlyList<DesignStudioComponent>? IPageAnswer<DesignStudioComponent>.Values => Components;
}

/// <summary><c>{"emails":[..],"folders":[..],"meta":{..}}</c>: the emails.</summary>
internal sealed class DesignStudioEmailsPage : IPageAnswer<DesignStudioEmail>
{
    [JsonPropertyName("emails")]
    public IReadOnlyList<DesignStudioEmail>? Emails { get; set; }

    IReadOnlyList<DesignStudioEmail>? IPageAnswer<DesignStudioEmail>.Values => Emails;
}

/// <summary><c>{"email_translations":[..]}</c>.</summary>
internal sealed class DesignStudioEmailTranslationsAnswer : IPageAnswer<DesignStudioEmailTranslation>
{
    [JsonPropertyName("email_translations")]
    public IReadOnlyList<DesignStudioEmailTranslation>? Translations { get; set; }

    IReadOnlyList<DesignStudioEmailTranslation>? IPageAnswer<DesignStudioEmailTranslation>.Values => Translations;
}

/// <summary><c>{"folder":{..}}</c>.</summary>
internal sealed class DesignStudioFolderAnswer
{
    [JsonPropertyName("folder")]
    public DesignStudioFolder? Folder { get; set; }
}

/// <summary><c>{"component":{..}}</c>.</summary>
internal sealed class DesignStudioComponentAnswer
{
    [JsonPropertyName("component")]
    public DesignStudioComponent? Component { get; set; }
}

/// <summary><c>{"email":{..}}</c>.</summary>
internal sealed class DesignStudioEmailAnswer
{
    [JsonPropertyName("email")]
    public DesignStudioEmail? Email { get; set; }
}

/// <summary><c>{"email_translation":{..}}</c>.</summary>
internal sealed class DesignStudioEmailTranslationAnswer
{
    [JsonPropertyName("email_translation")]
    public DesignStudioEmailTranslation? Translation { get; set; }
}
