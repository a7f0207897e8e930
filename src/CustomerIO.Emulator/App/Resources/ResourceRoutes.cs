using CustomerIO.Emulator.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace CustomerIO.Emulator.App.Resources;

/// <summary>Maps a configuration resource's five routes at once: the list and create at a path, get, update and delete below it.</summary>
internal static class ResourceRoutes
{
    /// <param name="v1">The App API's <c>/v1</c> group.</param>
    /// <param name="path">The list's path, for example <c>/design_studio/folders</c>.</param>
    /// <param name="handlers">The kind's handlers.</param>
    /// <param name="list">The list handler when the area checks its query first; the kind's own when null.</param>
    public static void MapResource(this RouteGroupBuilder v1, string path, ResourceHandlers handlers, Func<HttpContext, Reply>? list = null)
    {
        v1.MapGet(path, Reply.Handler(list ?? handlers.List));
        v1.MapPost(path, handlers.Create);
        v1.MapGet(path + "/{id}", Reply.Handler(handlers.Get));
        v1.MapPut(path + "/{id}", handlers.Update);
        v1.MapDelete(path + "/{id}", Reply.Handler(handlers.Delete));
    }
}
