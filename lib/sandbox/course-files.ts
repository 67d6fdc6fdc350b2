/**
 * The two course files the Mission 1 `curl -O` downloads (k8s-1pro/install,
 * ground/etc/docker/). Their byte sizes feed the build context and the app layer.
 */
export const COURSE_BASE_URL = "https://raw.githubusercontent.com/k8s-1pro/install/main/ground/etc/docker/";

export const DOCKERFILE = `FROM node:slim
EXPOSE 8080
COPY hello.js .
CMD node hello.js
`;

export const HELLO_JS = `var http = require('http');

var handleRequest = function(request, response) {
  console.log('Received request for URL: ' + request.url);
  response.writeHead(200);
  response.end('Hello Kubernetes!');
};

var www = http.createServer(handleRequest);

www.listen(8080);
`;

export const COURSE_FILES: Record<string, string> = {
  Dockerfile: DOCKERFILE,
  "hello.js": HELLO_JS,
};
