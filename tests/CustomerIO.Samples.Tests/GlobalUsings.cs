global using System;
global using System.Collections.Generic;
global using System.Linq;
global using System.Net;
global using System.IO;
global using System.Net.Http;
global using System.Threading.Tasks;
